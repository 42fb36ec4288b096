// Lockouts (账号锁定) as an outsider and as the owner see them: the same answer for names that exist
// and names that do not; one address locked before the account; the security admin told when an
// administrator's account locks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount, DEMO_PASSWORD, DEMO_TOTP_SECRET, upsertRole } from '../access/access.factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      await upsertRole(
        ctx.db,
        { code: 'clerk', name: '办事员', permissions: [], dataScope: 'unit' },
        ctx.now,
      );
      for (const username of ['alice', 'carol', 'dave'])
        await createAccount(ctx.db, ctx.deps.cipher, { username, roleCodes: ['clerk'] }, ctx.now);
      await createAccount(
        ctx.db,
        ctx.deps.cipher,
        { username: 'sec', roleCodes: ['secadmin'], totpSecret: DEMO_TOTP_SECRET, email: 'sec@lyj.example' },
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

const login = (username: string, password: string, from = '203.0.113.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: from,
    payload: { username, password },
  });
/** What an outsider can tell from an answer: status, code and message. */
const seen = async (res: Awaited<ReturnType<typeof login>>) => {
  const body = res.json();
  return { status: res.statusCode, code: body.code, detail: body.detail };
};

describe('a lockout says nothing about which names exist', () => {
  it('answers a real name and a made-up one the same at every attempt, locked or not', async () => {
    for (let i = 1; i <= 7; i++) {
      const real = await seen(await login('alice', 'Wrong#2026x'));
      const made = await seen(await login('nobody-here', 'Wrong#2026x'));
      expect(made, `attempt ${i}`).toEqual(real);
      // LOCKOUT_THRESHOLD is 5: attempts 1–4 are wrong passwords, from the 5th on the name is paused.
      expect(real.status, `attempt ${i}`).toBe(i < 5 ? 401 : 423);
    }
    const locked = await seen(await login('alice', DEMO_PASSWORD));
    expect(locked).toEqual({
      status: 423,
      code: 'ACCOUNT_LOCKED',
      detail:
        '登录失败次数过多，已暂停登录，请 30 分钟后再试。忘记密码可使用“找回密码”；工作人员可请安全管理员解锁',
    });
  });
});

describe('lock the address first, the account only at a higher count', () => {
  it('keeps the owner signing in from another address while one address is locked', async () => {
    for (let i = 0; i < 5; i++) await login('carol', 'Wrong#2026x', '198.51.100.7');
    expect((await login('carol', DEMO_PASSWORD, '198.51.100.7')).statusCode).toBe(423);
    expect((await login('carol', DEMO_PASSWORD, '192.0.2.10')).statusCode).toBe(200);
  });

  it('locks the account from every address after 20 failures in all', async () => {
    // Four failures from each of five addresses: no address reaches 5, the name reaches 20.
    for (let a = 1; a <= 5; a++)
      for (let i = 0; i < 4; i++) {
        const res = await login('dave', 'Wrong#2026x', `198.51.100.${a}`);
        expect(res.statusCode).toBe(a === 5 && i === 3 ? 423 : 401);
      }
    expect((await login('dave', DEMO_PASSWORD, '192.0.2.99')).statusCode).toBe(423);
    // The security admin sees the lock and lifts it.
    const sec = await t.signIn('sec');
    const dave = (await sec.get('/api/accounts?q=dave')).json().items[0];
    expect(dave).toMatchObject({ locked: true, locks: [{ from: null }] });
    expect((await sec.post(`/api/accounts/${dave.id}/unlock`)).statusCode).toBe(204);
    expect((await login('dave', DEMO_PASSWORD, '192.0.2.99')).statusCode).toBe(200);
  });
});

describe('an administrator locked out', () => {
  it('is announced to the security administrator, in the inbox and by email', async () => {
    for (let i = 0; i < 5; i++) await login('aud', 'Wrong#2026x', '203.0.113.66');
    const sec = await t.signIn('sec');
    const inbox = (await sec.get('/api/notifications')).json().items;
    expect(inbox[0]).toMatchObject({ title: '管理员账号 aud 已被锁定', category: 'security' });
    expect(inbox[0].body).toContain('地址 203.0.113.66');
    const mail = await t.database.query<{ recipient: string; subject: string }>(
      `select recipient, subject from deliveries where channel = 'email' order by created_at`,
    );
    expect(mail).toEqual([{ recipient: 'sec@lyj.example', subject: '管理员账号 aud 已被锁定' }]);
    const audit = await t.database.query<{ detail: { from: string } }>(
      `select detail from audit_log where action = 'auth.lockout' and actor_name = 'aud'`,
    );
    expect(audit.map((a) => a.detail.from)).toEqual(['203.0.113.66']);
  });
});
