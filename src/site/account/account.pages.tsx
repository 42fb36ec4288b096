// The public account pages' bodies (公众账号): sign in, register (person or organisation, after the
// personal-information notice), recover a password. Plain server-rendered forms that work without
// JavaScript; the routes (account.routes.tsx) call the platform's use cases.
import type { ReactNode } from 'react';
import type { Config } from '../../config.ts';
import { PRIVACY_NOTICE_VERSION } from '../../platform/access/registration.service.ts';
import type { FieldError } from '../../platform/errors.ts';
import { HUMAN_ANSWER_FIELD, type HumanChallenge } from '../../platform/human-check/index.ts';
import { HumanCheck } from '../human-check.tsx';
import { PrivacyNotice } from './privacy-notice.tsx';

const fid = (name: string) => `f-${name}`;
const withNext = (path: string, next: string) =>
  next !== '/' ? `${path}?next=${encodeURIComponent(next)}` : path;

export function Errors({ errors }: { errors: FieldError[] }): ReactNode {
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="err-title" tabIndex={-1}>
      <h2 id="err-title">请修改以下内容</h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field} ${e.message}`}>
            <a href={`#${fid(e.field)}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Row(p: {
  name: string;
  label: string;
  type?: string;
  value?: string;
  errors: FieldError[];
  hint?: string;
  autoComplete?: string;
  maxLength?: number;
  optional?: boolean;
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
}): ReactNode {
  const error = p.errors.find((e) => e.field === p.name);
  return (
    <div className={`form-row${error ? ' has-error' : ''}`}>
      <label htmlFor={fid(p.name)}>
        {p.label}
        {p.optional ? <span className="optional">（选填）</span> : null}
      </label>
      {p.hint ? <p className="field-hint">{p.hint}</p> : null}
      {error ? <p className="field-error">{error.message}</p> : null}
      <input
        id={fid(p.name)}
        name={p.name}
        type={p.type ?? 'text'}
        defaultValue={p.type === 'password' ? undefined : p.value}
        autoComplete={p.autoComplete}
        maxLength={p.maxLength}
        inputMode={p.inputMode}
      />
    </div>
  );
}

export const Csrf = ({ token }: { token: string | null }) =>
  token ? <input type="hidden" name="_csrf" value={token} /> : null;

export function LoginForm(p: {
  next: string;
  errors: FieldError[];
  username?: string;
  askTotp?: boolean;
  csrf: string | null;
  notice?: string | null;
  idleMinutes: number;
}): ReactNode {
  return (
    <article className="account-page">
      <h1>登录</h1>
      {p.notice ? (
        <p className="notice-box" role="status">
          {p.notice}
        </p>
      ) : null}
      <Errors errors={p.errors} />
      <p>
        使用网上办事账号登录。还没有账号？<a href={withNext('/account/register', p.next)}>注册</a>
      </p>
      <form method="post" action="/account/login" noValidate>
        <Csrf token={p.csrf} />
        <input type="hidden" name="next" value={p.next} />
        <Row
          name="username"
          label="用户名"
          value={p.username}
          errors={p.errors}
          autoComplete="username"
          maxLength={64}
        />
        <Row
          name="password"
          label="密码"
          type="password"
          errors={p.errors}
          autoComplete="current-password"
          maxLength={128}
        />
        {p.askTotp ? (
          <Row
            name="totp"
            label="动态口令（6 位数字）"
            errors={p.errors}
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={6}
          />
        ) : null}
        <div className="actions">
          <button className="button" type="submit">
            登录
          </button>
          <a href="/account/forgot">忘记密码？</a>
        </div>
      </form>
      <p className="field-hint">在公用电脑上办完事请点“退出”；{p.idleMinutes} 分钟无操作会自动退出登录。</p>
    </article>
  );
}

/** 注册: two clear paths, for a person and for an organisation. */
export function RegisterChoice(p: { next: string }): ReactNode {
  return (
    <article className="account-page">
      <h1>注册网上办事账号</h1>
      <p>请选择注册类型。注册前会请您阅读并同意《个人信息保护告知》。</p>
      <ul className="register-paths">
        <li>
          <a className="path-card" href={withNext('/account/register/citizen', p.next)}>
            <strong>个人注册</strong>
            <span>公民个人办事，使用居民身份证号码注册</span>
          </a>
        </li>
        <li>
          <a className="path-card" href={withNext('/account/register/org', p.next)}>
            <strong>法人和其他组织注册</strong>
            <span>企业、事业单位、社会组织等办事，使用统一社会信用代码注册</span>
          </a>
        </li>
      </ul>
      <p>
        已有账号？<a href={withNext('/account/login', p.next)}>直接登录</a>
        ；忘记密码可<a href="/account/forgot">找回密码</a>。
      </p>
    </article>
  );
}

const KIND_TITLE = { citizen: '个人注册', org: '法人和其他组织注册' } as const;

/** Step 1: the notice, and a consent box to tick before any number is asked for. */
export function ConsentStep(p: {
  config: Config;
  kind: 'citizen' | 'org';
  next: string;
  errors: FieldError[];
}): ReactNode {
  const error = p.errors.find((e) => e.field === 'consent');
  return (
    <article className="account-page">
      <h1>{KIND_TITLE[p.kind]}</h1>
      <p className="steps">第 1 步（共 2 步）：阅读并同意个人信息保护告知</p>
      <Errors errors={p.errors} />
      <PrivacyNotice config={p.config} kind={p.kind} />
      <form method="get" action={`/account/register/${p.kind}`} noValidate>
        <input type="hidden" name="next" value={p.next} />
        <input type="hidden" name="step" value="consent" />
        <div className={`form-row${error ? ' has-error' : ''}`}>
          {error ? <p className="field-error">{error.message}</p> : null}
          <label className="choice consent" htmlFor={fid('consent')}>
            <input id={fid('consent')} type="checkbox" name="consent" value={PRIVACY_NOTICE_VERSION} />
            我已阅读并同意《个人信息保护告知》
            {p.kind === 'citizen' ? '，同意为注册和办事处理我的居民身份证号码（敏感个人信息）' : ''}
          </label>
        </div>
        <div className="actions">
          <button className="button" type="submit">
            同意并继续
          </button>
          <a className="button secondary" href={withNext('/account/register', p.next)}>
            返回
          </a>
        </div>
      </form>
    </article>
  );
}

export interface RegisterValues {
  displayName?: string;
  idNumber?: string;
  creditCode?: string;
  phone?: string;
  email?: string;
  username?: string;
}

/** Step 2: the form for this kind of account only. */
export function RegisterForm(p: {
  kind: 'citizen' | 'org';
  next: string;
  errors: FieldError[];
  values: RegisterValues;
  csrf: string | null;
  challenge: HumanChallenge | null;
}): ReactNode {
  const v = p.values;
  const citizen = p.kind === 'citizen';
  return (
    <article className="account-page">
      <h1>{KIND_TITLE[p.kind]}</h1>
      <p className="steps">第 2 步（共 2 步）：填写注册信息</p>
      <Errors errors={p.errors} />
      <p>
        {citizen
          ? '请填写本人的姓名和居民身份证号码。'
          : '请填写单位名称和统一社会信用代码（见营业执照或登记证书）。'}
        证件号码加密保存，仅用于核验身份和办理业务。
      </p>
      <form method="post" action="/account/register" noValidate>
        <Csrf token={p.csrf} />
        <input type="hidden" name="next" value={p.next} />
        <input type="hidden" name="kind" value={p.kind} />
        <input type="hidden" name="consent" value={PRIVACY_NOTICE_VERSION} />
        <Row
          name="displayName"
          label={citizen ? '姓名' : '单位名称'}
          value={v.displayName}
          errors={p.errors}
          autoComplete={citizen ? 'name' : 'organization'}
          maxLength={100}
        />
        {citizen ? (
          <Row
            name="idNumber"
            label="居民身份证号码"
            value={v.idNumber}
            errors={p.errors}
            hint="18 位，最后一位可能是 X"
            maxLength={18}
          />
        ) : (
          <Row
            name="creditCode"
            label="统一社会信用代码"
            value={v.creditCode}
            errors={p.errors}
            hint="18 位数字和大写字母，大小写均可输入"
            maxLength={18}
          />
        )}
        <Row
          name="phone"
          label={citizen ? '手机号码' : '联系人手机号码'}
          type="tel"
          value={v.phone}
          errors={p.errors}
          hint="手机号码与电子邮箱至少填一项：办理结果、找回密码的验证码发往这里"
          autoComplete="tel"
          inputMode="tel"
          maxLength={11}
        />
        <Row
          name="email"
          label="电子邮箱"
          type="email"
          value={v.email}
          errors={p.errors}
          autoComplete="email"
          inputMode="email"
          maxLength={100}
          optional
        />
        <Row
          name="username"
          label="用户名"
          value={v.username}
          errors={p.errors}
          hint="3 至 32 位，以字母开头，可含字母、数字、下划线、点和连字符"
          autoComplete="username"
          maxLength={32}
        />
        <Row
          name="password"
          label="密码"
          type="password"
          errors={p.errors}
          hint="至少 8 位，包含大写字母、小写字母、数字和符号中的三类"
          autoComplete="new-password"
          maxLength={128}
        />
        <Row
          name="password2"
          label="再次输入密码"
          type="password"
          errors={p.errors}
          autoComplete="new-password"
          maxLength={128}
        />
        {p.challenge ? (
          <HumanCheck
            challenge={p.challenge}
            error={p.errors.find((e) => e.field === HUMAN_ANSWER_FIELD)?.message ?? null}
          />
        ) : null}
        <button className="button" type="submit">
          注册
        </button>
      </form>
    </article>
  );
}

export function RegisteredPage(p: { message: string; next: string }): ReactNode {
  return (
    <article className="account-page">
      <h1>注册申请已受理</h1>
      <p className="notice-box" role="status">
        {p.message}
      </p>
      <div className="actions">
        <a className="button" href={withNext('/account/login', p.next)}>
          去登录
        </a>
        <a className="button secondary" href="/account/forgot">
          找回密码
        </a>
      </div>
    </article>
  );
}

export function ForgotForm(p: {
  errors: FieldError[];
  username?: string;
  csrf: string | null;
  challenge: HumanChallenge | null;
}): ReactNode {
  return (
    <article className="account-page">
      <h1>找回密码</h1>
      <p className="steps">第 1 步（共 2 步）：获取验证码</p>
      <Errors errors={p.errors} />
      <p>
        请输入您的用户名，我们会把验证码发送到该账号登记的手机号码和电子邮箱。忘记了用户名，或手机、邮箱都已不用？请携带居民身份证（单位携带营业执照等登记证书和经办人身份证）到政务服务大厅窗口办理。
      </p>
      <form method="post" action="/account/forgot" noValidate>
        <Csrf token={p.csrf} />
        <Row
          name="username"
          label="用户名"
          value={p.username}
          errors={p.errors}
          autoComplete="username"
          maxLength={64}
        />
        {p.challenge ? (
          <HumanCheck
            challenge={p.challenge}
            error={p.errors.find((e) => e.field === HUMAN_ANSWER_FIELD)?.message ?? null}
          />
        ) : null}
        <div className="actions">
          <button className="button" type="submit">
            发送验证码
          </button>
          <a href="/account/forgot/code">已有验证码或窗口出具的重置码</a>
        </div>
      </form>
    </article>
  );
}

export function ResetForm(p: {
  errors: FieldError[];
  username?: string;
  csrf: string | null;
  notice?: string | null;
}): ReactNode {
  return (
    <article className="account-page">
      <h1>设置新密码</h1>
      <p className="steps">第 2 步（共 2 步）：填写验证码和新密码</p>
      {p.notice ? (
        <p className="notice-box" role="status">
          {p.notice}
        </p>
      ) : null}
      <Errors errors={p.errors} />
      <form method="post" action="/account/forgot/code" noValidate>
        <Csrf token={p.csrf} />
        <Row
          name="username"
          label="用户名"
          value={p.username}
          errors={p.errors}
          autoComplete="username"
          maxLength={64}
        />
        <Row
          name="code"
          label="验证码或重置码"
          errors={p.errors}
          hint="短信或邮件中的 6 位数字，或窗口出具的 8 位重置码"
          autoComplete="one-time-code"
          maxLength={20}
        />
        <Row
          name="newPassword"
          label="新密码"
          type="password"
          errors={p.errors}
          hint="至少 8 位，包含大写字母、小写字母、数字和符号中的三类，不得与最近用过的相同"
          autoComplete="new-password"
          maxLength={128}
        />
        <Row
          name="newPassword2"
          label="再次输入新密码"
          type="password"
          errors={p.errors}
          autoComplete="new-password"
          maxLength={128}
        />
        <div className="actions">
          <button className="button" type="submit">
            设置新密码
          </button>
          <a href="/account/forgot">重新获取验证码</a>
        </div>
      </form>
      <p className="field-hint">设置成功后，该账号在其他设备上的登录将全部退出。</p>
    </article>
  );
}
