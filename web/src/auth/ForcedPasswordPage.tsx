// The page a person cannot leave (other than by signing out) until the password is changed:
// first sign-in with an initial password, after a reset, or when 90 days have passed.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Spin, Typography } from 'antd';
import { useEffect } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { isApiError } from '../api/client.ts';
import { LoginBrand } from './Brand.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { fetchMe, loginPath, ME_KEY, useLogout } from './session.tsx';

export function ForcedPasswordPage() {
  const me = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, retry: false });
  const navigate = useNavigate();
  const logout = useLogout();

  useEffect(() => {
    document.title = '修改口令 · 林政工作台';
  }, []);

  if (me.isPending)
    return (
      <div className="lz-login">
        <Spin />
      </div>
    );
  if (me.isError)
    return <Navigate to={isApiError(me.error) && me.error.status === 401 ? loginPath() : '/'} replace />;
  if (!me.data.mustChangePassword) return <Navigate to="/" replace />;

  return (
    <div className="lz-login">
      <div className="lz-login-panel">
        <LoginBrand />
        <h1 className="lz-login-heading">请修改口令</h1>
        <Alert
          type="warning"
          showIcon
          title="您正在使用初始口令、已被重置的口令或已超过 90 天未修改的口令。修改后才能继续使用工作台。"
          style={{ marginBottom: 16 }}
        />
        <Typography.Paragraph type="secondary">
          账号：{me.data.username}（{me.data.displayName}）
        </Typography.Paragraph>
        <ChangePasswordForm
          username={me.data.username}
          submitText="修改并进入工作台"
          onDone={() => navigate('/', { replace: true })}
        />
        <Button type="link" onClick={() => logout()} style={{ paddingInline: 0, marginTop: 12 }}>
          退出登录
        </Button>
      </div>
    </div>
  );
}
