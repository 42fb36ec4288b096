// Sign in: password, then the 6-digit TOTP when the account has one, or — for an administrator
// signing in for the first time or after a reset — binding a TOTP app: the binding code that went to
// the owner's own email or phone (never shown to whoever set the password), then scan the QR code and
// confirm a code.
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, QRCode, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, isApiError, setCsrfToken } from '../api/client.ts';
import { LoginBrand } from './Brand.tsx';
import { ME_KEY } from './session.tsx';
import { useSiteName } from './site.ts';

type Step = 'password' | 'totp' | 'enrol';

const REASONS: Record<string, { type: 'info' | 'warning'; text: string }> = {
  expired: { type: 'warning', text: '会话已过期或已在别处退出，请重新登录' },
  totp: { type: 'info', text: '管理员账号须绑定动态口令，请重新登录以完成绑定' },
  logout: { type: 'info', text: '您已安全退出' },
};

interface Credentials {
  username: string;
  password: string;
}

const TOTP_RULES = [
  { required: true, message: '请输入 6 位动态口令' },
  { pattern: /^\d{6}$/, message: '动态口令为 6 位数字' },
];

function TotpInput(props: { autoFocus?: boolean }) {
  return (
    <Input
      {...props}
      prefix={<SafetyOutlined />}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      placeholder="6 位数字"
      size="large"
    />
  );
}

/** "JBSWY3DPEHPK3PXP" → "JBSW Y3DP EHPK 3PXP", easier to type into a phone. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const siteName = useSiteName();
  const [step, setStep] = useState<Step>('password');
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const [enrolment, setEnrolment] = useState<{
    sentTo: string;
    expiresAt: string;
    mustChange: boolean;
  } | null>(null);
  // The secret to scan, once the binding code was accepted.
  const [secret, setSecret] = useState<{ secret: string; uri: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [passwordForm] = Form.useForm<Credentials>();
  const [totpForm] = Form.useForm<{ totp: string }>();
  const [codeForm] = Form.useForm<{ code: string }>();

  const reason = REASONS[params.get('reason') ?? ''];
  const next = params.get('next');

  useEffect(() => {
    document.title = '登录 · 林政工作台';
  }, []);

  const finish = (mustChangePassword: boolean) => {
    queryClient.removeQueries({ queryKey: ME_KEY });
    const target = next?.startsWith('/') && !next.startsWith('//') ? next : '/';
    navigate(mustChangePassword ? '/password' : target, { replace: true });
  };

  const signIn = async (c: Credentials, totp?: string) => {
    setBusy(true);
    setError(null);
    try {
      const reply = await api.post('/api/auth/login', { ...c, ...(totp ? { totp } : {}) });
      setCsrfToken(reply.csrfToken);
      if (reply.stage === 'totp-enrol' && reply.totpEnrolment) {
        setEnrolment({ ...reply.totpEnrolment, mustChange: reply.mustChangePassword });
        setSecret(null);
        setStep('enrol');
        codeForm.resetFields();
        totpForm.resetFields();
        return;
      }
      finish(reply.mustChangePassword);
    } catch (e) {
      if (isApiError(e, 'TOTP_REQUIRED')) {
        setCredentials(c);
        setStep('totp');
        totpForm.resetFields();
      } else if (isApiError(e, 'TOTP_INVALID')) {
        totpForm.setFields([{ name: 'totp', errors: [e.detail] }]);
      } else if (isApiError(e, 'VALIDATION_FAILED')) {
        setError('请检查用户名和口令的格式');
      } else {
        setError(isApiError(e) ? e.detail : '登录失败，请稍后再试');
        // After a lockout or a wrong password the TOTP step starts over with the password.
        if (step === 'totp' && isApiError(e) && e.code !== 'RATE_LIMITED') setStep('password');
      }
    } finally {
      setBusy(false);
    }
  };

  const startEnrolment = async ({ code }: { code: string }) => {
    setBusy(true);
    setError(null);
    try {
      setSecret(await api.post('/api/auth/totp/enrol', { code: code.trim() }));
    } catch (e) {
      if (isApiError(e, 'ONE_TIME_CODE_INVALID')) codeForm.setFields([{ name: 'code', errors: [e.detail] }]);
      else setError(isApiError(e) ? e.detail : '绑定失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };

  const confirmEnrolment = async ({ totp }: { totp: string }) => {
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/auth/totp/confirm', { totp });
      finish(enrolment?.mustChange ?? false);
    } catch (e) {
      if (isApiError(e, 'TOTP_INVALID'))
        totpForm.setFields([{ name: 'totp', errors: ['动态口令不正确，请核对手机上的时间后重试'] }]);
      else setError(isApiError(e) ? e.detail : '绑定失败，请稍后再试');
    } finally {
      setBusy(false);
    }
  };

  const restart = () => {
    setStep('password');
    setCredentials(null);
    setEnrolment(null);
    setSecret(null);
    setError(null);
  };

  return (
    <div className="lz-login">
      <div className="lz-login-panel">
        <LoginBrand />
        <h1 className="lz-sr-only">登录林政工作台</h1>

        {reason && step === 'password' && (
          <Alert type={reason.type} title={reason.text} showIcon style={{ marginBottom: 16 }} />
        )}
        {error && <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} />}

        {step === 'password' && (
          <Form form={passwordForm} layout="vertical" requiredMark={false} onFinish={(v) => signIn(v)}>
            <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" size="large" autoFocus />
            </Form.Item>
            <Form.Item name="password" label="口令" rules={[{ required: true, message: '请输入口令' }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={busy}>
              登录
            </Button>
          </Form>
        )}

        {step === 'totp' && credentials && (
          <Form
            form={totpForm}
            layout="vertical"
            requiredMark={false}
            onFinish={({ totp }) => signIn(credentials, totp)}
          >
            <Typography.Paragraph>
              账号 <strong>{credentials.username}</strong>{' '}
              已开启动态口令。请打开手机上的身份验证器，输入当前显示的 6 位数字。
            </Typography.Paragraph>
            <Form.Item name="totp" label="动态口令" rules={TOTP_RULES}>
              <TotpInput autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" size="large" block loading={busy}>
              验证并登录
            </Button>
            <Button type="link" block onClick={restart} style={{ marginTop: 8 }}>
              返回，使用其他账号
            </Button>
          </Form>
        )}

        {step === 'enrol' && enrolment && (
          <div>
            <Steps
              size="small"
              current={1}
              items={[{ title: '口令验证' }, { title: '绑定动态口令' }, { title: '进入工作台' }]}
              style={{ marginBottom: 16 }}
            />
            {!secret && (
              <Form form={codeForm} layout="vertical" requiredMark={false} onFinish={startEnrolment}>
                <Typography.Paragraph>
                  管理员账号须使用动态口令（双因素认证）。绑定码已发往本人登记的{' '}
                  <strong>{enrolment.sentTo}</strong>， 有效至{' '}
                  {new Date(enrolment.expiresAt).toLocaleString('zh-CN', { hour12: false })}。
                  绑定码只发给账号本人，设置或重置口令的管理员看不到它。
                </Typography.Paragraph>
                <Form.Item
                  name="code"
                  label="绑定码"
                  rules={[{ required: true, message: '请输入邮件或短信中的 8 位绑定码' }]}
                >
                  <Input
                    prefix={<SafetyOutlined />}
                    autoComplete="one-time-code"
                    maxLength={20}
                    placeholder="8 位字母和数字"
                    size="large"
                    autoFocus
                  />
                </Form.Item>
                <Button type="primary" htmlType="submit" size="large" block loading={busy}>
                  下一步
                </Button>
                <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
                  没有收到？请核对登记的邮箱或手机；10
                  分钟后重新登录可再发一次。登记的联系方式有误时，请由两位管理员经“双人审批”变更。
                </Typography.Paragraph>
              </Form>
            )}
            {secret && (
              <>
                <Typography.Paragraph>
                  请用手机上的身份验证器（如 FreeOTP、Google Authenticator
                  或微信小程序“腾讯身份验证器”）扫描下方二维码，或手动输入密钥，然后填写验证器显示的 6
                  位数字。
                </Typography.Paragraph>
                <div style={{ display: 'flex', gap: 16, alignItems: 'center', marginBottom: 16 }}>
                  <QRCode value={secret.uri} size={148} bordered aria-label="动态口令绑定二维码" />
                  <div>
                    <Typography.Text type="secondary">手动输入密钥：</Typography.Text>
                    <Typography.Paragraph copyable={{ text: secret.secret }} code style={{ marginTop: 4 }}>
                      {groupSecret(secret.secret)}
                    </Typography.Paragraph>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      类型：基于时间（TOTP），6 位，30 秒
                    </Typography.Text>
                  </div>
                </div>
                <Form form={totpForm} layout="vertical" requiredMark={false} onFinish={confirmEnrolment}>
                  <Form.Item name="totp" label="验证器显示的动态口令" rules={TOTP_RULES}>
                    <TotpInput autoFocus />
                  </Form.Item>
                  <Button type="primary" htmlType="submit" size="large" block loading={busy}>
                    确认绑定
                  </Button>
                </Form>
              </>
            )}
          </div>
        )}
      </div>
      <footer className="lz-login-footer">
        {siteName ? `${siteName} · ` : ''}仅限授权人员使用 · 所有操作均记入审计日志
      </footer>
    </div>
  );
}
