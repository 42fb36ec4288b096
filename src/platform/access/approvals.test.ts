// 三员分立: the administrators' roles and their accounts' secrets change only with two-person
// approval, and a reset second factor is bound only by the owner, with a code nobody else sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../test/app.ts';
import { totpCode } from '../auth/totp.ts';
import { createAccount, DEMO_PASSWORD, DEMO_TOTP_SECRET, upsertRole } from './access.factories.ts';

let t: TestApp;
let sys: Client;
let sec: Client;
let aud: Client;
const ids: Record<string, string> = {};
const roleIds: Record<string, string> = {};
/** The second factor newadmin binds itself below. */
let newadminSecret = '';

beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      const c = ctx.deps.cipher;
      await upsertRole(
        ctx.db,
        { code: 'editor', name: '网站编辑', permissions: [], dataScope: 'unit' },
        ctx.now,
      );
      for (const [username, role] of [
        ['sys', 'sysadmin'],
        ['sec', 'secadmin'],
        ['aud', 'auditadmin'],
      ])
        await createAccount(
          ctx.db,
          c,
          { username, roleCodes: [role], totpSecret: DEMO_TOTP_SECRET, email: `${username}@lyj.example` },
          ctx.now,
        );
      await createAccount(
        ctx.db,
        c,
        { username: 'editor1', roleCodes: ['editor'], email: 'e1@lyj.example' },
        ctx.now,
      );
      await createAccount(ctx.db, c, { username: 'newadmin', email: 'new@lyj.example' }, ctx.now);
    },
  });
  for (const r of await t.database.query<{ id: string; username: string }>(
    'select id, username from accounts',
  ))
    ids[r.username] = r.id;
  for (const r of await t.database.query<{ id: string; code: string }>('select id, code from roles'))
    roleIds[r.code] = r.id;
  sys = await t.signIn('sys');
  sec = await t.signIn('sec');
  aud = await t.signIn('aud');
});
afterAll(() => t.close());

const rolesOf = async (username: string) =>
  (
    await t.database.query<{ code: string }>(
      `select r.code from account_roles ar join roles r on r.id = ar.role_id join accounts a on a.id = ar.account_id
        where a.username = $1 order by r.code`,
      [username],
    )
  ).map((r) => r.code);
const mailTo = (address: string) =>
  t.database.query<{ subject: string; body: string }>(
    `select subject, body from deliveries where channel = 'email' and recipient = $1 order by created_at`,
    [address],
  );

describe('the ordinary role editor and reset', () => {
  it('cannot make anyone an administrator, nor take the role away, nor reset an administrator', async () => {
    const grant = await sec.put(`/api/accounts/${ids.editor1}/roles`, { roleIds: [roleIds.sysadmin] });
    expect(grant.statusCode).toBe(400);
    expect(grant.json().errors[0].message).toContain('须经双人审批');
    expect(await rolesOf('editor1')).toEqual(['editor']);
    const remove = await sec.put(`/api/accounts/${ids.aud}/roles`, { roleIds: [] });
    expect(remove.statusCode).toBe(400);
    expect(await rolesOf('aud')).toEqual(['auditadmin']);
    const reset = await sec.post(`/api/accounts/${ids.sys}/reset-password`, {
      temporaryPassword: 'Temp#2026abc',
    });
    expect(reset.statusCode).toBe(403);
    expect(reset.json().detail).toContain('双人审批');
    const email = await sys.patch(`/api/accounts/${ids.sec}`, { email: 'mine@evil.example' });
    expect(email.statusCode).toBe(400);
    expect(email.json().errors[0].field).toBe('email');
  });
});

describe('granting an administrator role', () => {
  let approvalId: string;

  it('is proposed by one administrator and announced to all three', async () => {
    const res = await sec.post('/api/approvals', {
      kind: 'grant-admin',
      accountId: ids.newadmin,
      roleId: roleIds.sysadmin,
      reason: '原系统管理员调岗，由新同事接任',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      status: 'pending',
      summary: '授予 newadmin（newadmin） 系统管理员角色',
      canConfirm: false,
      canCancel: true,
    });
    approvalId = res.json().id;
    expect(await rolesOf('newadmin')).toEqual([]);
    for (const who of ['sys', 'sec', 'aud'])
      expect((await mailTo(`${who}@lyj.example`)).map((m) => m.subject)).toEqual([
        '【双人审批】待确认：授予 newadmin（newadmin） 系统管理员角色',
      ]);
  });

  it('cannot be confirmed by the proposer nor by anyone but an administrator', async () => {
    expect((await sec.post(`/api/approvals/${approvalId}/confirm`, {})).statusCode).toBe(403);
    const editor = await t.signIn('editor1');
    expect((await editor.post(`/api/approvals/${approvalId}/confirm`, {})).statusCode).toBe(403);
    expect((await editor.get('/api/approvals')).statusCode).toBe(403);
    expect(await rolesOf('newadmin')).toEqual([]);
  });

  it('takes effect when another administrator confirms', async () => {
    const res = await aud.post(`/api/approvals/${approvalId}/confirm`, { note: '已核实调岗文件' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'confirmed', decidedBy: { username: 'aud' } });
    expect(await rolesOf('newadmin')).toEqual(['sysadmin']);
    expect((await aud.post(`/api/approvals/${approvalId}/confirm`, {})).statusCode).toBe(409);
    const audit = await t.database.query<{ action: string; actor_name: string; result: string }>(
      `select action, actor_name, result from audit_log where action like 'approval.%' or action = 'account.roles.grant-admin' order by seq`,
    );
    expect(audit).toEqual([
      { action: 'approval.propose', actor_name: 'sec', result: 'success' },
      { action: 'account.roles.grant-admin', actor_name: 'aud', result: 'success' },
      { action: 'approval.confirm', actor_name: 'aud', result: 'success' },
      // The second confirmation was refused, and the refusal is on record too.
      { action: 'approval.confirm', actor_name: 'aud', result: 'failure' },
    ]);
    expect((await mailTo('sys@lyj.example')).at(-1)!.subject).toBe(
      '【双人审批】已生效：授予 newadmin（newadmin） 系统管理员角色',
    );
  });

  it('and the new administrator binds the second factor with a code sent to their own mailbox', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'newadmin', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({
      stage: 'totp-enrol',
      totpEnrolment: { sentTo: 'n***@lyj.example' },
    });
    expect(login.body).not.toMatch(/secret|otpauth/);
    const cookie = `lz_sid=${login.cookies.find((c) => c.name === 'lz_sid')!.value}`;
    const headers = { cookie, 'x-csrf-token': login.json().csrfToken };
    // At the second-factor stage nothing else opens.
    expect((await t.app.inject({ method: 'GET', url: '/api/accounts', headers })).statusCode).toBe(401);
    // As an administrator now, newadmin also got the announcement; the binding code comes apart.
    const mail = (await mailTo('new@lyj.example')).filter((m) => m.subject === '动态口令绑定码');
    expect(mail).toHaveLength(1);
    const code = /绑定码 ([2-9A-Z]{8})/.exec(mail[0].body)![1];
    const enrol = (c: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/totp/enrol', headers, payload: { code: c } });
    expect((await enrol('AAAAAAAA')).statusCode).toBe(400);
    const ok = await enrol(code);
    expect(ok.statusCode).toBe(200);
    const { secret } = ok.json();
    newadminSecret = secret;
    const confirm = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/confirm',
      headers,
      payload: { totp: totpCode(secret, t.clock.now()) },
    });
    expect(confirm.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/accounts', headers })).statusCode).toBe(200);
    // That time step's code is used up: a later sign-in reads the authenticator's next one.
    t.clock.advance(30_000);
  });
});

describe('resetting an administrator’s second factor', () => {
  it('needs two administrators, neither the account concerned; the owner re-binds with a code only they get', async () => {
    // The security admin proposing for itself is refused.
    const self = await sec.post('/api/approvals', {
      kind: 'reset-totp',
      accountId: ids.sec,
      reason: '手机丢失，需重新绑定',
    });
    expect(self.statusCode).toBe(403);
    const proposed = await sys.post('/api/approvals', {
      kind: 'reset-totp',
      accountId: ids.sec,
      reason: '安全管理员手机丢失，需重新绑定',
    });
    expect(proposed.statusCode).toBe(201);
    const id = proposed.json().id;
    // The account concerned cannot confirm.
    expect((await sec.post(`/api/approvals/${id}/confirm`, {})).statusCode).toBe(403);
    const confirmed = await aud.post(`/api/approvals/${id}/confirm`, {});
    expect(confirmed.statusCode).toBe(200);
    // Neither reply carries anything to sign in with.
    expect(`${proposed.body}${confirmed.body}`).not.toMatch(/绑定码 |secret|otpauth/);
    // The old sessions and the old secret are gone.
    expect((await sec.get('/api/me')).statusCode).toBe(401);
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sec', password: DEMO_PASSWORD, totp: totpCode(DEMO_TOTP_SECRET, t.clock.now()) },
    });
    expect(old.json()).toMatchObject({ stage: 'totp-enrol', totpEnrolment: { sentTo: 's***@lyj.example' } });
    expect((await mailTo('sec@lyj.example')).at(-1)!.subject).toBe('动态口令绑定码');
  });
});

describe('resetting an administrator’s password', () => {
  it('sends the reset code to the owner, never to the administrators', async () => {
    // sec's sessions ended with its second-factor reset above: sys proposes, newadmin confirms.
    expect(
      (
        await sec.post('/api/approvals', {
          kind: 'reset-password',
          accountId: ids.aud,
          reason: '审计管理员忘记口令',
        })
      ).statusCode,
    ).toBe(401);
    const p = await sys.post('/api/approvals', {
      kind: 'reset-password',
      accountId: ids.aud,
      reason: '审计管理员忘记口令',
    });
    expect(p.statusCode).toBe(201);
    const confirmer = await t.signIn('newadmin', DEMO_PASSWORD, newadminSecret);
    const confirmed = await confirmer.post(`/api/approvals/${p.json().id}/confirm`, {});
    expect(confirmed.statusCode).toBe(200);
    // aud, an administrator, also got the announcement; the code comes in a mail of its own.
    const codes = (await mailTo('aud@lyj.example')).filter((m) => m.subject === '管理员口令重置码');
    expect(codes).toHaveLength(1);
    const code = /重置码 ([2-9A-Z]{8})/.exec(codes[0].body)![1];
    expect(confirmed.body).not.toContain(code);
    const others = await t.database.query<{ body: string }>(
      `select body from deliveries where recipient <> 'aud@lyj.example'`,
    );
    expect(others.filter((m) => m.body.includes(code))).toEqual([]);
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { username: 'aud', code, newPassword: 'Shen#Ji-Reset2026' },
    });
    expect(done.statusCode, done.body).toBe(204);
    expect((await aud.get('/api/me')).statusCode).toBe(401);
  });
});

describe('expiry', () => {
  it('voids a proposal nobody confirmed within 72 hours', async () => {
    const p = await sys.post('/api/approvals', {
      kind: 'revoke-admin',
      accountId: ids.newadmin,
      roleId: roleIds.sysadmin,
      reason: '试用期结束',
    });
    expect(p.statusCode).toBe(201);
    t.clock.advance(73 * 3_600_000);
    const late = await t.signIn('newadmin', DEMO_PASSWORD, newadminSecret);
    expect((await late.post(`/api/approvals/${p.json().id}/confirm`, {})).statusCode).toBe(403); // it concerns them
    const other = await t.signIn('aud', 'Shen#Ji-Reset2026');
    const res = await other.post(`/api/approvals/${p.json().id}/confirm`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe('该申请已过期作废，请重新提出');
    expect(await rolesOf('newadmin')).toEqual(['sysadmin']);
  });
});
