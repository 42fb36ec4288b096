// 找回密码 online (a code to the email and phone on the account) and at the counter (a code on a slip
// after window staff checked the identity document).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount, upsertRole } from '../access/access.factories.ts';

// 41010519900101001 + check digit 1 (weights sum 143, 143 mod 11 = 0 → '1'): 金水区, born 1990-01-01.
const WANG_ID = '410105199001010011';
let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      const c = ctx.deps.cipher;
      await createAccount(
        ctx.db,
        c,
        {
          username: 'wang',
          kind: 'citizen',
          idNumber: WANG_ID,
          phone: '13912345678',
          email: 'wang@example.com',
        },
        ctx.now,
      );
      await createAccount(ctx.db, c, { username: 'nocontact', kind: 'citizen' }, ctx.now);
      await upsertRole(
        ctx.db,
        { code: 'window', name: '窗口', permissions: ['accounts:counter-reset'], dataScope: 'unit' },
        ctx.now,
      );
      await upsertRole(
        ctx.db,
        { code: 'clerk', name: '办事员', permissions: [], dataScope: 'unit' },
        ctx.now,
      );
      await createAccount(
        ctx.db,
        c,
        { username: 'window1', displayName: '何丽娟', roleCodes: ['window'] },
        ctx.now,
      );
      await createAccount(ctx.db, c, { username: 'clerk1', roleCodes: ['clerk'] }, ctx.now);
    },
  });
});
afterAll(() => t.close());

const post = (url: string, payload: object, from = '203.0.113.5') =>
  t.app.inject({ method: 'POST', url, payload, remoteAddress: from });
const outbox = (username: string) =>
  t.database.query<{ channel: string; recipient: string; body: string }>(
    `select d.channel, d.recipient, d.body from deliveries d join accounts a on a.id = d.account_id
      where a.username = $1 order by d.created_at, d.channel`,
    [username],
  );
const lastCode = async (username: string) => {
  const mails = (await outbox(username)).filter((m) => m.body.includes('验证码'));
  return /验证码 (\d{6})/.exec(mails.at(-1)!.body)![1];
};

describe('asking for a code', () => {
  it('sends it to the email and the phone on the account, and answers every name the same', async () => {
    const real = await post('/api/auth/password-reset/request', { username: 'wang' });
    const unknown = await post('/api/auth/password-reset/request', { username: 'no-such-user' });
    const noContact = await post('/api/auth/password-reset/request', { username: 'nocontact' });
    expect(real.statusCode).toBe(202);
    expect(unknown.json()).toEqual(real.json());
    expect(noContact.json()).toEqual(real.json());
    expect(real.json().message).toContain(
      '如该用户名存在且登记了手机号码或电子邮箱，验证码已发出，15 分钟内有效',
    );
    const sent = await outbox('wang');
    expect(sent.map((m) => [m.channel, m.recipient])).toEqual([
      ['email', 'wang@example.com'],
      ['sms', '139****5678'],
    ]);
    expect(sent[1].body).toMatch(
      /^【河南省林业局】找回密码验证码：您正在找回网上办事账号 wang 的密码，验证码 \d{6}，15 分钟内有效/,
    );
    // The code never goes to the inbox (a session left open must not reveal it).
    expect((await t.signIn('wang')).cookie).toBeTruthy();
    const inbox = await t.database.query(`select title from notifications where title like '%验证码%'`);
    expect(inbox).toEqual([]);
    const audit = await t.database.query<{ actor_name: string; result: string; detail: { reason?: string } }>(
      `select actor_name, result, detail from audit_log where action = 'auth.password.reset-request' order by seq`,
    );
    expect(audit.map((a) => [a.actor_name, a.result, a.detail.reason ?? null])).toEqual([
      ['wang', 'success', null],
      ['no-such-user', 'denied', 'unknown-user'],
      ['nocontact', 'denied', 'no-contact'],
    ]);
  });
});

describe('setting the new password with the code', () => {
  it('refuses a wrong code, then sets the password, ends every other session and tells the owner', async () => {
    const elsewhere = await t.signIn('wang');
    const code = await lastCode('wang');
    const wrong = await post('/api/auth/password-reset/complete', {
      username: 'wang',
      code: code === '000000' ? '111111' : '000000',
      newPassword: 'Fresh#Forest2026',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'ONE_TIME_CODE_INVALID', errors: [{ field: 'code' }] });
    const weak = await post('/api/auth/password-reset/complete', {
      username: 'wang',
      code,
      newPassword: 'abc',
    });
    expect(weak.json().errors[0].field).toBe('newPassword');
    const ok = await post('/api/auth/password-reset/complete', {
      username: 'wang',
      code,
      newPassword: 'Fresh#Forest2026',
    });
    expect(ok.statusCode).toBe(204);
    expect((await elsewhere.get('/api/me')).statusCode).toBe(401);
    expect(
      (await post('/api/auth/login', { username: 'wang', password: 'Fresh#Forest2026' })).statusCode,
    ).toBe(200);
    // Used once.
    const again = await post('/api/auth/password-reset/complete', {
      username: 'wang',
      code,
      newPassword: 'Other#Forest2026',
    });
    expect(again.statusCode).toBe(400);
    const told = (await outbox('wang')).filter((m) => m.body.includes('凭验证码重设了密码'));
    expect(told.map((m) => m.channel)).toEqual(['email', 'sms']);
  });

  it('voids a code after five wrong tries', async () => {
    await post('/api/auth/password-reset/request', { username: 'wang' }, '203.0.113.6');
    const code = await lastCode('wang');
    const other = code === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++)
      await post('/api/auth/password-reset/complete', {
        username: 'wang',
        code: other,
        newPassword: 'Fresh#Pine2026',
      });
    const right = await post('/api/auth/password-reset/complete', {
      username: 'wang',
      code,
      newPassword: 'Fresh#Pine2026',
    });
    expect(right.statusCode).toBe(400);
  });

  it('sends at most 5 codes an hour to one account', async () => {
    const before = (await outbox('wang')).filter(
      (m) => m.channel === 'sms' && m.body.includes('验证码'),
    ).length;
    for (let i = 0; i < 6; i++)
      expect(
        (await post('/api/auth/password-reset/request', { username: 'wang' }, `203.0.113.${20 + i}`))
          .statusCode,
      ).toBe(202);
    const after = (await outbox('wang')).filter(
      (m) => m.channel === 'sms' && m.body.includes('验证码'),
    ).length;
    // Two were sent above within the hour: three more reach the limit of five.
    expect(after - before).toBe(3);
  });
});

describe('at the counter', () => {
  it('window staff find the account by the number on the card and hand over a code; the person sets the password', async () => {
    const window = await t.signIn('window1');
    const found = await window.post('/api/counter/accounts/lookup', { kind: 'citizen', number: WANG_ID });
    expect(found.statusCode).toBe(200);
    expect(found.json()).toMatchObject({
      username: 'wang',
      identity: '4101**********0011',
      phoneMask: '139****5678',
      emailMask: 'w***@example.com',
    });
    const id = found.json().id;
    const unchecked = await window.post(`/api/counter/accounts/${id}/reset`, {
      kind: 'citizen',
      number: WANG_ID,
      documentType: '居民身份证',
      checked: false,
    });
    expect(unchecked.statusCode).toBe(400);
    expect(unchecked.json().errors.map((e: { field: string }) => e.field)).toEqual(['checked']);
    // Someone else's card: 41010519900101002 + X (weights sum 145, 145 mod 11 = 2 → 'X').
    const otherCard = await window.post(`/api/counter/accounts/${id}/reset`, {
      kind: 'citizen',
      number: '41010519900101002X',
      documentType: '居民身份证',
      checked: true,
    });
    expect(otherCard.statusCode).toBe(400);
    const issued = await window.post(`/api/counter/accounts/${id}/reset`, {
      kind: 'citizen',
      number: WANG_ID,
      documentType: '居民身份证',
      checked: true,
    });
    expect(issued.statusCode).toBe(200);
    const { code } = issued.json();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    // At a kiosk of the hall (another address than the tries above).
    const done = await post(
      '/api/auth/password-reset/complete',
      { username: 'wang', code: code.toLowerCase(), newPassword: 'Counter#Reset2026' },
      '192.0.2.50',
    );
    expect(done.statusCode).toBe(204);
    const audit = await t.database.query<{ actor_name: string; detail: { documentType: string } }>(
      `select actor_name, detail from audit_log where action = 'account.counter-reset' and result = 'success'`,
    );
    expect(audit).toEqual([
      { actor_name: 'window1', detail: expect.objectContaining({ documentType: '居民身份证' }) },
    ]);
    const told = (await outbox('wang')).filter((m) => m.body.includes('窗口核验居民身份证后'));
    expect(told.map((m) => m.channel)).toEqual(['email', 'sms']);
  });

  it('is refused to staff without the counter permission', async () => {
    const clerk = await t.signIn('clerk1');
    expect(
      (await clerk.post('/api/counter/accounts/lookup', { kind: 'citizen', number: WANG_ID })).statusCode,
    ).toBe(403);
  });
});
