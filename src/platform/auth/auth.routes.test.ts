import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount, DEMO_TOTP_SECRET, upsertRole } from '../access/access.factories.ts';
import { totpCode } from './totp.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      await upsertRole(
        ctx.db,
        { code: 'clerk', name: '办事员', permissions: [], dataScope: 'unit' },
        ctx.now,
      );
      await createAccount(ctx.db, ctx.deps.cipher, { username: 'alice', roleCodes: ['clerk'] }, ctx.now);
      await createAccount(ctx.db, ctx.deps.cipher, { username: 'bob' }, ctx.now);
      await createAccount(ctx.db, ctx.deps.cipher, { username: 'citizen1', kind: 'citizen' }, ctx.now);
      await createAccount(
        ctx.db,
        ctx.deps.cipher,
        { username: 'sec', roleCodes: ['secadmin'], totpSecret: DEMO_TOTP_SECRET },
        ctx.now,
      );
      await createAccount(
        ctx.db,
        ctx.deps.cipher,
        { username: 'aud', roleCodes: ['auditadmin'], totpSecret: DEMO_TOTP_SECRET },
        ctx.now,
      );
    },
  });
});
afterAll(() => t.close());

const login = (payload: object) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload });

describe('sign-in', () => {
  it('accepts the right password and sets an HttpOnly, SameSite=Strict cookie', async () => {
    const res = await login({ username: 'alice', password: 'Linzheng@2026' });
    expect(res.statusCode).toBe(200);
    expect(res.json().csrfToken).toMatch(/.{20,}/);
    const cookie = res.cookies.find((c) => c.name === 'lz_sid')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `lz_sid=${cookie.value}` },
    });
    expect(me.json().username).toBe('alice');
  });

  it('refuses a wrong password with 401 problem+json', async () => {
    const res = await login({ username: 'alice', password: 'wrong-Password1' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('locks after 5 failures for 30 minutes, then lets the right password in', async () => {
    for (let i = 0; i < 4; i++)
      expect((await login({ username: 'bob', password: 'nope' })).statusCode).toBe(401);
    const fifth = await login({ username: 'bob', password: 'nope' });
    expect(fifth.statusCode).toBe(423);
    const locked = await login({ username: 'bob', password: 'Linzheng@2026' });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(29 * 60_000);
    expect((await login({ username: 'bob', password: 'Linzheng@2026' })).statusCode).toBe(423);
    t.clock.advance(2 * 60_000);
    expect((await login({ username: 'bob', password: 'Linzheng@2026' })).statusCode).toBe(200);
  });

  it('asks an administrator for the TOTP code and checks it', async () => {
    const first = await login({ username: 'sec', password: 'Linzheng@2026' });
    expect(first.statusCode).toBe(401);
    expect(first.json().code).toBe('TOTP_REQUIRED');
    const wrong = await login({ username: 'sec', password: 'Linzheng@2026', totp: '000000' });
    expect(wrong.json().code).toBe('TOTP_INVALID');
    const ok = await login({
      username: 'sec',
      password: 'Linzheng@2026',
      totp: totpCode(DEMO_TOTP_SECRET, t.clock.now()),
    });
    expect(ok.statusCode).toBe(200);
  });

  it('accepts a TOTP code once: the same code cannot sign in again (replay)', async () => {
    t.clock.advance(60_000);
    const code = totpCode(DEMO_TOTP_SECRET, t.clock.now());
    const first = await login({ username: 'aud', password: 'Linzheng@2026', totp: code });
    expect(first.statusCode).toBe(200);
    const replay = await login({ username: 'aud', password: 'Linzheng@2026', totp: code });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('TOTP_INVALID');
    t.clock.advance(30_000);
    const next = await login({
      username: 'aud',
      password: 'Linzheng@2026',
      totp: totpCode(DEMO_TOTP_SECRET, t.clock.now()),
    });
    expect(next.statusCode).toBe(200);
  });

  it('rejects unknown fields and names them', async () => {
    const res = await login({ username: 'alice', password: 'x', admin: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('admin');
  });
});

describe('sessions and CSRF', () => {
  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const c = await t.signIn('alice');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: c.cookie },
      payload: { currentPassword: 'Linzheng@2026', newPassword: 'Another#2026x' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_INVALID');
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const c = await t.signIn('alice');
    t.clock.advance(31 * 60_000);
    const res = await c.get('/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('SESSION_EXPIRED');
  });

  it('ends a citizen’s session after 15 idle minutes, so a lobby kiosk does not pass it on', async () => {
    const citizen = await t.signIn('citizen1');
    const staff = await t.signIn('alice');
    t.clock.advance(14 * 60_000);
    expect((await citizen.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(17 * 60_000); // 17 minutes since the citizen last did anything
    expect((await citizen.get('/api/me')).json().code).toBe('SESSION_EXPIRED');
    // The public site's pages forget it too: the next person sees 登录, not the citizen's name.
    const page = await t.app.inject({
      method: 'GET',
      url: '/account/login',
      headers: { cookie: citizen.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h1>登录</h1>');
    // Staff keep their 30 minutes: this one has been idle 31.
    expect((await staff.get('/api/me')).statusCode).toBe(401);
    const staff2 = await t.signIn('alice');
    t.clock.advance(20 * 60_000);
    expect((await staff2.get('/api/me')).statusCode).toBe(200);
  });

  it('the bell polling the unread count does not keep an idle session alive', async () => {
    const c = await t.signIn('alice');
    t.clock.advance(20 * 60_000);
    expect((await c.get('/api/notifications/unread-count')).statusCode).toBe(200);
    t.clock.advance(11 * 60_000); // 31 minutes since the person last did anything
    expect((await c.get('/api/me')).json().code).toBe('SESSION_EXPIRED');
  });

  it('a request by the person does keep it alive', async () => {
    const c = await t.signIn('alice');
    t.clock.advance(20 * 60_000);
    expect((await c.get('/api/me')).statusCode).toBe(200);
    t.clock.advance(11 * 60_000);
    expect((await c.get('/api/me')).statusCode).toBe(200);
  });

  it('logout revokes the session', async () => {
    const c = await t.signIn('alice');
    expect((await c.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/me')).statusCode).toBe(401);
  });
});

describe('separation of the three administrators', () => {
  it('lets only the audit admin read the audit log', async () => {
    const sec = await t.signIn('sec');
    const denied = await sec.get('/api/audit');
    expect(denied.statusCode).toBe(403);
    const aud = await t.signIn('aud');
    const res = await aud.get('/api/audit?action=access.denied');
    expect(res.statusCode).toBe(200);
    expect(res.json().items.some((r: { actorName: string }) => r.actorName === 'sec')).toBe(true);
    const verify = await aud.post('/api/audit/verify');
    expect(verify.json()).toMatchObject({ ok: true, firstBroken: null });
  });
});
