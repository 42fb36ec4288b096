// 公众账号: sign-in and registration pages of the public site, server-rendered forms working without
// JavaScript. They call the platform's own login and registration use cases; the session cookie
// is the same one the API uses.
import { type Static, Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import { registerPublicAccount } from '../../platform/access/access.service.ts';
import { login, logout } from '../../platform/auth/auth.service.ts';
import { SESSION_COOKIE } from '../../platform/auth/sessions.ts';
import { sm3 } from '../../platform/crypto/sm.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import type { Module } from '../../platform/module.ts';
import { assetUrl } from '../assets.ts';
import { safeBackPath } from '../reading-aid.ts';
import { renderPage } from '../render.tsx';

const Next = Type.Optional(Type.String({ maxLength: 2000 }));
const NextQuery = Type.Object({ next: Next }, { additionalProperties: false });
const LoginBody = Type.Object(
  {
    _csrf: Type.Optional(Type.String({ maxLength: 100 })),
    username: Type.String({ maxLength: 64 }),
    password: Type.String({ maxLength: 128 }),
    totp: Type.Optional(Type.String({ maxLength: 10 })),
    next: Next,
  },
  { additionalProperties: false },
);
const RegisterBody = Type.Object(
  {
    _csrf: Type.Optional(Type.String({ maxLength: 100 })),
    kind: Type.String({ maxLength: 10 }),
    username: Type.String({ maxLength: 64 }),
    displayName: Type.String({ maxLength: 100 }),
    idNumber: Type.Optional(Type.String({ maxLength: 30 })),
    creditCode: Type.Optional(Type.String({ maxLength: 30 })),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    password: Type.String({ maxLength: 128 }),
    password2: Type.String({ maxLength: 128 }),
    next: Next,
  },
  { additionalProperties: false },
);
const LogoutBody = Type.Object(
  { _csrf: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);

const fid = (name: string) => `f-${name}`;

function Errors({ errors }: { errors: FieldError[] }): ReactNode {
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
}): ReactNode {
  const error = p.errors.find((e) => e.field === p.name);
  return (
    <div className={`form-row${error ? ' has-error' : ''}`}>
      <label htmlFor={fid(p.name)}>{p.label}</label>
      {p.hint ? <p className="field-hint">{p.hint}</p> : null}
      {error ? <p className="field-error">{error.message}</p> : null}
      <input
        id={fid(p.name)}
        name={p.name}
        type={p.type ?? 'text'}
        defaultValue={p.type === 'password' ? undefined : p.value}
        autoComplete={p.autoComplete}
        maxLength={p.maxLength}
      />
    </div>
  );
}

const csrfOf = (r: FastifyRequest) => (r.authVia === 'cookie' ? r.sessionCsrf : null);
const Csrf = ({ token }: { token: string | null }) =>
  token ? <input type="hidden" name="_csrf" value={token} /> : null;
const css = <link rel="stylesheet" href={assetUrl('services.css')} />;

function LoginForm(p: {
  next: string;
  errors: FieldError[];
  username?: string;
  askTotp?: boolean;
  csrf: string | null;
}): ReactNode {
  const q = p.next !== '/' ? `?next=${encodeURIComponent(p.next)}` : '';
  return (
    <article>
      <h1>登录</h1>
      <Errors errors={p.errors} />
      <p>
        使用网上办事账号登录。还没有账号？<a href={`/account/register${q}`}>注册</a>
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
            maxLength={6}
          />
        ) : null}
        <button className="button" type="submit">
          登录
        </button>
      </form>
    </article>
  );
}

type RegisterValues = Partial<Static<typeof RegisterBody>>;

function RegisterForm(p: {
  next: string;
  errors: FieldError[];
  values: RegisterValues;
  csrf: string | null;
}): ReactNode {
  const v = p.values;
  const kind = v.kind === 'org' ? 'org' : 'citizen';
  return (
    <article>
      <h1>注册网上办事账号</h1>
      <Errors errors={p.errors} />
      <p>
        个人使用居民身份证号码注册；法人和其他组织使用统一社会信用代码注册。证件号码加密保存，仅用于办理业务。
      </p>
      <form method="post" action="/account/register" noValidate>
        <Csrf token={p.csrf} />
        <input type="hidden" name="next" value={p.next} />
        <fieldset className="form-row">
          <legend>账号类型</legend>
          <label className="choice">
            <input
              type="radio"
              name="kind"
              value="citizen"
              defaultChecked={kind === 'citizen'}
              id={fid('kind')}
            />{' '}
            个人
          </label>
          <label className="choice">
            <input type="radio" name="kind" value="org" defaultChecked={kind === 'org'} /> 法人和其他组织
          </label>
        </fieldset>
        <Row
          name="displayName"
          label="姓名或单位名称"
          value={v.displayName}
          errors={p.errors}
          maxLength={100}
        />
        <Row
          name="idNumber"
          label="居民身份证号码（个人填写）"
          value={v.idNumber}
          errors={p.errors}
          maxLength={18}
        />
        <Row
          name="creditCode"
          label="统一社会信用代码（单位填写）"
          value={v.creditCode}
          errors={p.errors}
          maxLength={18}
        />
        <Row
          name="phone"
          label="手机号码"
          type="tel"
          value={v.phone}
          errors={p.errors}
          autoComplete="tel"
          maxLength={11}
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
        <button className="button" type="submit">
          注册并登录
        </button>
      </form>
    </article>
  );
}

function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  secureSetting: 'auto' | boolean,
) {
  const secure = secureSetting === 'auto' ? request.protocol === 'https' : secureSetting;
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

function errorsOf(e: unknown, fallbackField: string): FieldError[] | null {
  if (!(e instanceof AppError)) return null;
  if (e.errors?.length) return e.errors;
  return [{ field: fallbackField, message: e.message }];
}

const page = (reply: FastifyReply, title: string, body: ReactNode, status = 200) => {
  reply.header('cache-control', 'no-store');
  return renderPage(reply, {
    title,
    breadcrumb: [{ label: title }],
    canonicalPath: null,
    status,
    body: (
      <>
        {css}
        {body}
      </>
    ),
  });
};

export const accountModule: Module = {
  name: 'site-account',
  register(app, deps) {
    app.get('/account/login', { schema: { hide: true, querystring: NextQuery } }, async (request, reply) => {
      const next = safeBackPath(request.query.next);
      if (request.actor.id) return reply.redirect(next, 303);
      return page(reply, '登录', <LoginForm next={next} errors={[]} csrf={csrfOf(request)} />);
    });

    app.post(
      '/account/login',
      {
        schema: { hide: true, body: LoginBody },
        config: { rateLimit: { max: deps.config.LOGIN_RATE_PER_MINUTE, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        const { username, password, totp, next: rawNext } = request.body;
        const next = safeBackPath(rawNext);
        const blank: FieldError[] = [];
        if (!username.trim()) blank.push({ field: 'username', message: '用户名：必填' });
        if (!password) blank.push({ field: 'password', message: '密码：必填' });
        if (blank.length)
          return page(
            reply,
            '登录',
            <LoginForm next={next} errors={blank} username={username} csrf={csrfOf(request)} />,
            400,
          );
        try {
          const previous = request.cookies[SESSION_COOKIE];
          const result = await login(request.ctx(), {
            username: username.trim(),
            password,
            totp: totp && /^\d{6}$/.test(totp) ? totp : undefined,
            previousSessionId: previous ? sm3(previous) : null,
          });
          setSessionCookie(request, reply, result.token, deps.config.COOKIE_SECURE);
          // Staff and administrators finish their sign-in (password change, TOTP) in the workbench.
          if (result.stage !== 'active' || result.mustChangePassword) return reply.redirect('/admin/', 303);
          return reply.redirect(next, 303);
        } catch (e) {
          if (!(e instanceof AppError)) throw e;
          const askTotp = e.code === 'TOTP_REQUIRED' || e.code === 'TOTP_INVALID';
          const field = askTotp ? 'totp' : 'password';
          return page(
            reply,
            '登录',
            <LoginForm
              next={next}
              errors={[{ field, message: e.message }]}
              username={username}
              askTotp={askTotp}
              csrf={csrfOf(request)}
            />,
            e.status,
          );
        }
      },
    );

    app.get(
      '/account/register',
      { schema: { hide: true, querystring: NextQuery } },
      async (request, reply) => {
        const next = safeBackPath(request.query.next);
        return page(
          reply,
          '注册',
          <RegisterForm next={next} errors={[]} values={{}} csrf={csrfOf(request)} />,
        );
      },
    );

    app.post(
      '/account/register',
      { schema: { hide: true, body: RegisterBody }, config: { rateLimit: { max: 20, timeWindow: 60_000 } } },
      async (request, reply) => {
        const b = request.body;
        const next = safeBackPath(b.next);
        const errors: FieldError[] = [];
        const kind = b.kind === 'org' ? 'org' : b.kind === 'citizen' ? 'citizen' : null;
        if (!kind) errors.push({ field: 'kind', message: '账号类型：请选择个人或法人和其他组织' });
        if (b.displayName.trim().length < 2)
          errors.push({ field: 'displayName', message: '姓名或单位名称：至少 2 个字' });
        if (!/^[A-Za-z][A-Za-z0-9_.-]{2,31}$/.test(b.username))
          errors.push({ field: 'username', message: '用户名：3 至 32 位，以字母开头' });
        if (b.password !== b.password2)
          errors.push({ field: 'password2', message: '再次输入密码：两次输入的密码不一致' });
        const render = (list: FieldError[], status: number) =>
          page(
            reply,
            '注册',
            <RegisterForm next={next} errors={list} values={b} csrf={csrfOf(request)} />,
            status,
          );
        if (errors.length) return render(errors, 400);
        try {
          await registerPublicAccount(request.ctx(), {
            kind: kind!,
            username: b.username,
            password: b.password,
            displayName: b.displayName.trim(),
            idNumber: kind === 'citizen' ? b.idNumber?.trim() || undefined : undefined,
            creditCode: kind === 'org' ? b.creditCode?.trim().toUpperCase() || undefined : undefined,
            phone: b.phone?.trim() || undefined,
          });
          const result = await login(request.ctx(), { username: b.username, password: b.password });
          setSessionCookie(request, reply, result.token, deps.config.COOKIE_SECURE);
          return reply.redirect(next, 303);
        } catch (e) {
          const list = errorsOf(e, 'username');
          if (!list || !(e instanceof AppError)) throw e;
          return render(list, e.status);
        }
      },
    );

    app.post('/account/logout', { schema: { hide: true, body: LogoutBody } }, async (request, reply) => {
      if (request.actor.sessionId) await logout(request.ctx(), request.actor.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.redirect('/', 303);
    });
  },
};
