import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';

function HomeButton() {
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      返回首页
    </Button>
  );
}

export function ForbiddenPage() {
  return (
    <Result
      status="403"
      title="没有权限"
      subTitle="您的账号没有访问此页面的权限。如需使用，请联系安全管理员授权。"
      extra={<HomeButton />}
    />
  );
}

export function NotFoundPage() {
  return (
    <Result status="404" title="页面不存在" subTitle="您访问的页面不存在或已移动。" extra={<HomeButton />} />
  );
}

/** A page failed to render or its code failed to load (often: the system was updated meanwhile). */
export function RouteErrorPage() {
  return (
    <Result
      status="warning"
      title="页面载入失败"
      subTitle="可能是系统刚刚更新或网络中断。请刷新页面后重试。"
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          刷新页面
        </Button>
      }
    />
  );
}
