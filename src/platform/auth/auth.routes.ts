// /api/auth: sign in (with the TOTP step), sign out, change password, bind a second factor with the
// owner's binding code, and recover a password with a one-time code.

import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { sm3 } from '../crypto/sm.ts';
import { AppError } from '../errors.ts';
import { errorResponses, noStore, requireSignedIn } from '../http/route.ts';
import { HUMAN_CHECK_MINUTES } from '../human-check/index.ts';
import type { Module } from '../module.ts';
import { changePassword, confirmTotpEnrolment, login, logout, startTotpEnrolment } from './auth.service.ts';
import { completePasswordReset, requestPasswordReset } from './password-reset.service.ts';
import './upkeep.ts';
import { SESSION_COOKIE } from './sessions.ts';

const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64, description: '用户名' }),
    password: Type.String({ minLength: 1, maxLength: 128, description: '口令' }),
    totp: Type.Optional(Type.String({ pattern: '^\\d{6}$', description: '6 位动态口令' })),
  },
  { additionalProperties: false },
);

const LoginReply = Type.Object({
  csrfToken: Type.String(),
  stage: Type.Union([Type.Literal('active'), Type.Literal('totp-enrol')]),
  mustChangePassword: Type.Boolean(),
  totpEnrolment: Type.Optional(
    Type.Object({
      sentTo: Type.String({ description: '绑定码已发往的邮箱或手机（脱敏）' }),
      expiresAt: Type.String({ format: 'date-time' }),
    }),
  ),
});
const NoContent = Type.Null({ description: '无内容' });
const HumanCheckAnswer = Type.Object(
  { id: Type.String({ maxLength: 36 }), answer: Type.String({ maxLength: 20 }) },
  { additionalProperties: false },
);
const resetRate = (max: number) => ({
  max,
  timeWindow: 60_000,
  errorResponseBuilder: () => new AppError('RATE_LIMITED', { message: '操作过于频繁，请一分钟后再试' }),
});

function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  secureSetting: 'auto' | boolean,
) {
  const secure = secureSetting === 'auto' ? request.protocol === 'https' : secureSetting;
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'strict', secure });
}

export const authModule: Module = {
  name: 'auth',
  settings: [HUMAN_CHECK_MINUTES],
  register(app, deps) {
    app.post(
      '/api/auth/login',
      {
        schema: {
          tags: ['认证'],
          summary: '登录（口令，管理员另需动态口令）',
          body: LoginBody,
          response: { 200: LoginReply, ...errorResponses(400, 401, 403, 423, 429) },
        },
        config: {
          public: true,
          rateLimit: {
            max: deps.config.LOGIN_RATE_PER_MINUTE,
            timeWindow: 60_000,
            errorResponseBuilder: () =>
              new AppError('RATE_LIMITED', { message: '登录尝试过于频繁，请一分钟后再试' }),
          },
        },
      },
      async (request, reply) => {
        noStore(reply);
        const previous = request.cookies[SESSION_COOKIE];
        const result = await login(request.ctx(), {
          ...request.body,
          previousSessionId: previous ? sm3(previous) : null,
        });
        setSessionCookie(request, reply, result.token, deps.config.COOKIE_SECURE);
        return {
          csrfToken: result.csrfToken,
          stage: result.stage,
          mustChangePassword: result.mustChangePassword,
          totpEnrolment: result.totpEnrolment,
        };
      },
    );

    app.post(
      '/api/auth/totp/enrol',
      {
        schema: {
          tags: ['认证'],
          summary: '凭发给本人的绑定码取得新的动态口令密钥（管理员首次登录或动态口令重置后）',
          body: Type.Object(
            { code: Type.String({ minLength: 4, maxLength: 20, description: '邮件或短信中的绑定码' }) },
            { additionalProperties: false },
          ),
          response: {
            200: Type.Object({ secret: Type.String(), uri: Type.String() }),
            ...errorResponses(400, 401, 403, 409),
          },
        },
      },
      async (request, reply) => {
        noStore(reply);
        requireSignedIn(request);
        return startTotpEnrolment(request.ctx(), request.actor.sessionId!, request.body.code);
      },
    );

    app.post(
      '/api/auth/password-reset/request',
      {
        schema: {
          tags: ['认证'],
          summary: '找回密码：向账号登记的邮箱和手机发送验证码（无论用户名是否存在，答复相同）',
          body: Type.Object(
            {
              username: Type.String({ minLength: 1, maxLength: 64 }),
              humanCheck: Type.Optional(HumanCheckAnswer),
            },
            { additionalProperties: false },
          ),
          response: { 202: Type.Object({ message: Type.String() }), ...errorResponses(400, 429) },
        },
        config: { public: true, rateLimit: resetRate(10) },
      },
      async (request, reply) =>
        reply.status(202).send(await requestPasswordReset(request.ctx(), request.body)),
    );

    app.post(
      '/api/auth/password-reset/complete',
      {
        schema: {
          tags: ['认证'],
          summary: '凭验证码（或窗口、双人审批发给本人的重置码）设置新密码；其他登录全部退出',
          body: Type.Object(
            {
              username: Type.String({ minLength: 1, maxLength: 64 }),
              code: Type.String({ minLength: 4, maxLength: 20 }),
              newPassword: Type.String({ minLength: 1, maxLength: 128 }),
            },
            { additionalProperties: false },
          ),
          response: { 204: NoContent, ...errorResponses(400, 429) },
        },
        config: { public: true, rateLimit: resetRate(10) },
      },
      async (request, reply) => {
        await completePasswordReset(request.ctx(), request.body);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/totp/confirm',
      {
        schema: {
          tags: ['认证'],
          summary: '确认动态口令绑定（管理员首次登录）',
          body: Type.Object({ totp: Type.String({ pattern: '^\\d{6}$' }) }, { additionalProperties: false }),
          response: { 204: Type.Null({ description: '无内容' }), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        requireSignedIn(request);
        await confirmTotpEnrolment(request.ctx(), request.actor.sessionId!, request.body.totp);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/logout',
      {
        schema: {
          tags: ['认证'],
          summary: '退出登录',
          response: { 204: Type.Null({ description: '无内容' }) },
        },
      },
      async (request, reply) => {
        if (request.actor.sessionId) await logout(request.ctx(), request.actor.sessionId);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/api/auth/password',
      {
        schema: {
          tags: ['认证'],
          summary: '修改本人口令',
          body: Type.Object(
            {
              currentPassword: Type.String({ minLength: 1, maxLength: 128 }),
              newPassword: Type.String({ minLength: 1, maxLength: 128 }),
            },
            { additionalProperties: false },
          ),
          response: { 204: Type.Null({ description: '无内容' }), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        requireSignedIn(request);
        await changePassword(request.ctx(), { ...request.body, sessionId: request.actor.sessionId! });
        return reply.status(204).send(null);
      },
    );
  },
};
