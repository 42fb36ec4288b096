// 公众账号: sign-in, registration and password recovery pages of the public site, server-rendered forms
// working without JavaScript. They call the platform's own use cases; the session cookie is the same
// one the API uses.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import { PRIVACY_NOTICE_VERSION, registerPublicAccount } from '../../platform/access/registration.service.ts';
import { login, logout } from '../../platform/auth/auth.service.ts';
import {
  completePasswordReset,
  requestPasswordReset,
  resetRequestAnswer,
} from '../../platform/auth/password-reset.service.ts';
import { SESSION_COOKIE } from '../../platform/auth/sessions.ts';
import { sm3 } from '../../platform/crypto/sm.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import type { Module } from '../../platform/module.ts';
import { assetUrl } from '../assets.ts';
import { challengeOf } from '../human-check.tsx';
import { safeBackPath } from '../reading-aid.ts';
import { renderPage } from '../render.tsx';
import {
  ConsentStep,
  ForgotForm,
  LoginForm,
  RegisterChoice,
  RegisteredPage,
  RegisterForm,
  ResetForm,
} from './account.pages.tsx';

const Next = Type.Optional(Type.String({ maxLength: 2000 }));
const Csrf = Type.Optional(Type.String({ maxLength: 100 }));
const NextQuery = Type.Object({ next: Next }, { additionalProperties: false });
const LoginQuery = Type.Object(
  { next: Next, notice: Type.Optional(Type.String({ maxLength: 20 })) },
  { additionalProperties: false },
);
const ConsentQuery = Type.Object(
  {
    next: Next,
    step: Type.Optional(Type.String({ maxLength: 20 })),
    consent: Type.Optional(Type.String({ maxLength: 20 })),
  },
  { additionalProperties: false },
);
const KindParams = Type.Object({ kind: Type.String({ maxLength: 10 }) }, { additionalProperties: false });
const LoginBody = Type.Object(
  {
    _csrf: Csrf,
    username: Type.String({ maxLength: 64 }),
    password: Type.String({ maxLength: 128 }),
    totp: Type.Optional(Type.String({ maxLength: 10 })),
    next: Next,
  },
  { additionalProperties: false },
);
const HumanCheck = {
  humanCheckId: Type.Optional(Type.String({ maxLength: 40 })),
  humanAnswer: Type.Optional(Type.String({ maxLength: 20 })),
};
const RegisterBody = Type.Object(
  {
    _csrf: Csrf,
    kind: Type.String({ maxLength: 10 }),
    consent: Type.Optional(Type.String({ maxLength: 20 })),
    username: Type.String({ maxLength: 64 }),
    displayName: Type.String({ maxLength: 100 }),
    idNumber: Type.Optional(Type.String({ maxLength: 30 })),
    creditCode: Type.Optional(Type.String({ maxLength: 30 })),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    email: Type.Optional(Type.String({ maxLength: 100 })),
    password: Type.String({ maxLength: 128 }),
    password2: Type.String({ maxLength: 128 }),
    next: Next,
    ...HumanCheck,
  },
  { additionalProperties: false },
);
const ForgotBody = Type.Object(
  { _csrf: Csrf, username: Type.String({ maxLength: 64 }), ...HumanCheck },
  { additionalProperties: false },
);
const ResetQuery = Type.Object(
  {
    username: Type.Optional(Type.String({ maxLength: 64 })),
    sent: Type.Optional(Type.String({ maxLength: 2 })),
  },
  { additionalProperties: false },
);
const ResetBody = Type.Object(
  {
    _csrf: Csrf,
    username: Type.String({ maxLength: 64 }),
    code: Type.String({ maxLength: 20 }),
    newPassword: Type.String({ maxLength: 128 }),
    newPassword2: Type.String({ maxLength: 128 }),
  },
  { additionalProperties: false },
);
const LogoutBody = Type.Object({ _csrf: Csrf }, { additionalProperties: false });

const NOTICES: Record<string, string> = {
  reset: '新密码已设置，此前在其他设备上的登录已全部退出。请用新密码登录。',
  timeout: '您已较长时间没有操作，为保护您的信息已自动退出，请重新登录。',
};

const csrfOf = (r: FastifyRequest) => (r.authVia === 'cookie' ? r.sessionCsrf : null);
const css = (
  <>
    <link rel="stylesheet" href={assetUrl('services.css')} />
    <link rel="stylesheet" href={assetUrl('account.css')} />
  </>
);

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

const page = (
  reply: FastifyReply,
  title: string,
  body: ReactNode,
  status = 200,
  trail: Array<{ label: string; href?: string }> = [],
) => {
  reply.header('cache-control', 'no-store');
  return renderPage(reply, {
    title,
    breadcrumb: [...trail, { label: title }],
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

const kindOf = (k: string | undefined) => (k === 'citizen' || k === 'org' ? k : null);
const REGISTER_CRUMB = [{ label: '注册', href: '/account/register' }];
const FORGOT_CRUMB = [{ label: '找回密码', href: '/account/forgot' }];

export const accountModule: Module = {
  name: 'site-account',
  register(app, deps) {
    const idleMinutes = deps.config.PUBLIC_SESSION_IDLE_MINUTES;

    app.get('/account/login', { schema: { hide: true, querystring: LoginQuery } }, async (request, reply) => {
      const next = safeBackPath(request.query.next);
      if (request.actor.id) return reply.redirect(next, 303);
      const notice = NOTICES[request.query.notice ?? ''] ?? null;
      return page(
        reply,
        '登录',
        <LoginForm
          next={next}
          errors={[]}
          csrf={csrfOf(request)}
          notice={notice}
          idleMinutes={idleMinutes}
        />,
      );
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
        const form = (errors: FieldError[], askTotp = false) => (
          <LoginForm
            next={next}
            errors={errors}
            username={username}
            askTotp={askTotp}
            csrf={csrfOf(request)}
            idleMinutes={idleMinutes}
          />
        );
        const blank: FieldError[] = [];
        if (!username.trim()) blank.push({ field: 'username', message: '用户名：必填' });
        if (!password) blank.push({ field: 'password', message: '密码：必填' });
        if (blank.length) return page(reply, '登录', form(blank), 400);
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
          return page(
            reply,
            '登录',
            form([{ field: askTotp ? 'totp' : 'password', message: e.message }], askTotp),
            e.status,
          );
        }
      },
    );

    app.get('/account/register', { schema: { hide: true, querystring: NextQuery } }, async (request, reply) =>
      page(reply, '注册', <RegisterChoice next={safeBackPath(request.query.next)} />),
    );

    app.get(
      '/account/register/:kind',
      { schema: { hide: true, params: KindParams, querystring: ConsentQuery } },
      async (request, reply) => {
        const kind = kindOf(request.params.kind);
        if (!kind) return reply.callNotFound();
        const next = safeBackPath(request.query.next);
        const title = kind === 'citizen' ? '个人注册' : '法人和其他组织注册';
        if (request.query.consent !== PRIVACY_NOTICE_VERSION) {
          const errors =
            request.query.step === 'consent'
              ? [
                  {
                    field: 'consent',
                    message: '请勾选“我已阅读并同意”后继续；不同意的，可到政务服务大厅窗口办理业务',
                  },
                ]
              : [];
          return page(
            reply,
            title,
            <ConsentStep config={deps.config} kind={kind} next={next} errors={errors} />,
            errors.length ? 400 : 200,
            REGISTER_CRUMB,
          );
        }
        return page(
          reply,
          title,
          <RegisterForm
            kind={kind}
            next={next}
            errors={[]}
            values={{}}
            csrf={csrfOf(request)}
            challenge={null}
          />,
          200,
          REGISTER_CRUMB,
        );
      },
    );

    app.post(
      '/account/register',
      { schema: { hide: true, body: RegisterBody }, config: { rateLimit: { max: 20, timeWindow: 60_000 } } },
      async (request, reply) => {
        const b = request.body;
        const next = safeBackPath(b.next);
        const kind = kindOf(b.kind);
        if (!kind) return reply.redirect('/account/register', 303);
        const title = kind === 'citizen' ? '个人注册' : '法人和其他组织注册';
        // Without consent the form must not have been shown: back to the notice.
        if (b.consent !== PRIVACY_NOTICE_VERSION)
          return page(
            reply,
            title,
            <ConsentStep
              config={deps.config}
              kind={kind}
              next={next}
              errors={[{ field: 'consent', message: '请先阅读并同意《个人信息保护告知》' }]}
            />,
            400,
            REGISTER_CRUMB,
          );
        const render = (errors: FieldError[], status: number, challenge = challengeOf(null)) =>
          page(
            reply,
            title,
            <RegisterForm
              kind={kind}
              next={next}
              errors={errors}
              values={b}
              csrf={csrfOf(request)}
              challenge={challenge}
            />,
            status,
            REGISTER_CRUMB,
          );
        const errors: FieldError[] = [];
        if (!/^[A-Za-z][A-Za-z0-9_.-]{2,31}$/.test(b.username))
          errors.push({ field: 'username', message: '用户名：3 至 32 位，以字母开头' });
        if (b.password !== b.password2)
          errors.push({ field: 'password2', message: '再次输入密码：两次输入的密码不一致' });
        if (errors.length) return render(errors, 400);
        try {
          const result = await registerPublicAccount(request.ctx(), {
            kind,
            username: b.username,
            password: b.password,
            displayName: b.displayName,
            idNumber: kind === 'citizen' ? b.idNumber : undefined,
            creditCode: kind === 'org' ? b.creditCode : undefined,
            phone: b.phone,
            email: b.email,
            consent: b.consent,
            humanCheck: { id: b.humanCheckId, answer: b.humanAnswer },
          });
          return page(
            reply,
            '注册申请已受理',
            <RegisteredPage message={result.message} next={next} />,
            200,
            REGISTER_CRUMB,
          );
        } catch (e) {
          const list = errorsOf(e, 'username');
          if (!list || !(e instanceof AppError)) throw e;
          return render(list, e.status, challengeOf(e));
        }
      },
    );

    app.get('/account/forgot', { schema: { hide: true } }, async (request, reply) =>
      page(reply, '找回密码', <ForgotForm errors={[]} csrf={csrfOf(request)} challenge={null} />),
    );

    app.post(
      '/account/forgot',
      { schema: { hide: true, body: ForgotBody }, config: { rateLimit: { max: 10, timeWindow: 60_000 } } },
      async (request, reply) => {
        const b = request.body;
        const form = (errors: FieldError[], challenge = challengeOf(null)) => (
          <ForgotForm errors={errors} username={b.username} csrf={csrfOf(request)} challenge={challenge} />
        );
        if (!b.username.trim())
          return page(reply, '找回密码', form([{ field: 'username', message: '用户名：必填' }]), 400);
        try {
          await requestPasswordReset(request.ctx(), {
            username: b.username,
            humanCheck: { id: b.humanCheckId, answer: b.humanAnswer },
          });
          return reply.redirect(
            `/account/forgot/code?sent=1&username=${encodeURIComponent(b.username.trim())}`,
            303,
          );
        } catch (e) {
          const list = errorsOf(e, 'username');
          if (!list || !(e instanceof AppError)) throw e;
          return page(reply, '找回密码', form(list, challengeOf(e)), e.status);
        }
      },
    );

    app.get(
      '/account/forgot/code',
      { schema: { hide: true, querystring: ResetQuery } },
      async (request, reply) => {
        const ctx = request.ctx();
        return page(
          reply,
          '设置新密码',
          <ResetForm
            errors={[]}
            username={request.query.username}
            csrf={csrfOf(request)}
            notice={request.query.sent ? resetRequestAnswer(ctx) : null}
          />,
          200,
          FORGOT_CRUMB,
        );
      },
    );

    app.post(
      '/account/forgot/code',
      { schema: { hide: true, body: ResetBody }, config: { rateLimit: { max: 10, timeWindow: 60_000 } } },
      async (request, reply) => {
        const b = request.body;
        const form = (errors: FieldError[]) => (
          <ResetForm errors={errors} username={b.username} csrf={csrfOf(request)} />
        );
        const errors: FieldError[] = [];
        if (!b.username.trim()) errors.push({ field: 'username', message: '用户名：必填' });
        if (!b.code.trim()) errors.push({ field: 'code', message: '验证码或重置码：必填' });
        if (!b.newPassword) errors.push({ field: 'newPassword', message: '新密码：必填' });
        else if (b.newPassword !== b.newPassword2)
          errors.push({ field: 'newPassword2', message: '再次输入新密码：两次输入的密码不一致' });
        if (errors.length) return page(reply, '设置新密码', form(errors), 400, FORGOT_CRUMB);
        try {
          await completePasswordReset(request.ctx(), {
            username: b.username,
            code: b.code,
            newPassword: b.newPassword,
          });
          if (request.actor.id) reply.clearCookie(SESSION_COOKIE, { path: '/' });
          return reply.redirect('/account/login?notice=reset', 303);
        } catch (e) {
          const list = errorsOf(e, 'code');
          if (!list || !(e instanceof AppError)) throw e;
          return page(
            reply,
            '设置新密码',
            form(
              list.map((x) => (x.field === 'newPassword' ? { ...x, message: `新密码：${x.message}` } : x)),
            ),
            e.status,
            FORGOT_CRUMB,
          );
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
