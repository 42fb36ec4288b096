// The three administrators (三员分立) and the account lifecycle, through the HTTP API.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount, DEMO_TOTP_SECRET, upsertRole } from './access.factories.ts';

let t: TestApp;
const unitA = randomUUID();

beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      const c = ctx.deps.cipher;
      await upsertRole(
        ctx.db,
        { code: 'clerk', name: '办事员', permissions: ['notify:self'], dataScope: 'unit' },
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
          { username, roleCodes: [role], totpSecret: DEMO_TOTP_SECRET, unitId: unitA },
          ctx.now,
        );
      await createAccount(ctx.db, c, { username: 'clerk1', roleCodes: ['clerk'], unitId: unitA }, ctx.now);
    },
  });
});
afterAll(() => t.close());

describe('what the API lets out', () => {
  it('GET /api/me tells the workbench who is signed in, and nothing about the session row', async () => {
    const clerk = await t.signIn('clerk1');
    const me = (await clerk.get('/api/me')).json();
    expect(me).toMatchObject({
      username: 'clerk1',
      kind: 'staff',
      unitId: unitA,
      roles: ['clerk'],
      roleNames: { clerk: '办事员' },
      permissions: { 'notify:self': 'unit' },
      adminKind: null,
    });
    expect(Object.keys(me)).not.toContain('sessionId');
  });

  it('a role reply counts its holders, also right after a change', async () => {
    const sec = await t.signIn('sec');
    const clerk = (await sec.get('/api/roles'))
      .json()
      .items.find((r: { code: string }) => r.code === 'clerk');
    const changed = await sec.patch(`/api/roles/${clerk.id}`, { description: '办理日常事务' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      code: 'clerk',
      description: '办理日常事务',
      accounts: clerk.accounts,
    });
    expect(Object.keys(changed.json())).not.toContain('createdAt');
    const created = await sec.post('/api/roles', {
      code: 'reader',
      name: '查阅员',
      permissions: ['notify:self'],
      dataScope: 'self',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'reader', accounts: 0, builtin: false });
  });

  it('unlocking answers 204 with no body', async () => {
    const sec = await t.signIn('sec');
    const id = (await sec.get('/api/accounts?q=clerk1')).json().items[0].id;
    const res = await sec.post(`/api/accounts/${id}/unlock`, {});
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
  });
});

describe('三员分立', () => {
  it('the system admin opens an account; nobody else can', async () => {
    const sys = await t.signIn('sys');
    const res = await sys.post('/api/accounts', {
      username: 'newbie',
      displayName: '新同事',
      unitId: unitA,
      initialPassword: 'Start#2026a',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'newbie', mustChangePassword: true, roles: [] });
    for (const who of ['sec', 'aud', 'clerk1']) {
      const c = await t.signIn(who);
      const denied = await c.post('/api/accounts', {
        username: `x${who}`,
        displayName: 'x',
        unitId: unitA,
        initialPassword: 'Start#2026a',
      });
      expect(denied.statusCode, who).toBe(403);
    }
  });

  it('only the security admin grants roles, never to itself, never an admin role beside another', async () => {
    const sec = await t.signIn('sec');
    const roles = (await sec.get('/api/roles')).json().items as Array<{ id: string; code: string }>;
    const id = (code: string) => roles.find((r) => r.code === code)!.id;
    const list = (await sec.get('/api/accounts?q=newbie')).json();
    const newbie = list.items[0].id;

    const mixed = await sec.put(`/api/accounts/${newbie}/roles`, {
      roleIds: [id('auditadmin'), id('clerk')],
    });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().errors[0].field).toBe('roleIds');

    const self = (await sec.get('/api/me')).json().id;
    expect((await sec.put(`/api/accounts/${self}/roles`, { roleIds: [id('clerk')] })).statusCode).toBe(403);

    const ok = await sec.put(`/api/accounts/${newbie}/roles`, { roleIds: [id('clerk')] });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().roles.map((r: { code: string }) => r.code)).toEqual(['clerk']);

    const sys = await t.signIn('sys');
    expect((await sys.put(`/api/accounts/${newbie}/roles`, { roleIds: [] })).statusCode).toBe(403);
  });

  it('a business role cannot carry an administrator permission', async () => {
    const sec = await t.signIn('sec');
    const res = await sec.post('/api/roles', {
      code: 'sneaky',
      name: '混合',
      permissions: ['audit:read'],
      dataScope: 'all',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('三员分立');
  });

  it('records every denial for the audit admin', async () => {
    const clerk = await t.signIn('clerk1');
    expect((await clerk.get('/api/audit')).statusCode).toBe(403);
    const aud = await t.signIn('aud');
    const log = (await aud.get('/api/audit?result=denied&actor=clerk1')).json();
    expect(log.items[0]).toMatchObject({
      action: 'access.denied',
      objectId: 'GET /api/audit',
      result: 'denied',
    });
  });
});

describe('passwords set by an administrator', () => {
  it('a reset forces a change at the next sign-in, and the last 5 cannot be reused', async () => {
    const sec = await t.signIn('sec');
    const clerk = (await sec.get('/api/accounts?q=clerk1')).json().items[0].id;
    expect(
      (await sec.post(`/api/accounts/${clerk}/reset-password`, { temporaryPassword: 'Temp#2026abc' }))
        .statusCode,
    ).toBe(204);

    const c = await t.signIn('clerk1', 'Temp#2026abc');
    const blocked = await c.get('/api/notifications/unread-count');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await c.get('/api/me')).json().mustChangePassword).toBe(true);

    const reuse = await c.post('/api/auth/password', {
      currentPassword: 'Temp#2026abc',
      newPassword: 'Linzheng@2026',
    });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().code).toBe('PASSWORD_REUSED');

    const weak = await c.post('/api/auth/password', {
      currentPassword: 'Temp#2026abc',
      newPassword: 'abcdefgh',
    });
    expect(weak.json().errors[0].field).toBe('newPassword');

    const ok = await c.post('/api/auth/password', {
      currentPassword: 'Temp#2026abc',
      newPassword: 'Fresh#Pass2026',
    });
    expect(ok.statusCode).toBe(204);
    expect((await c.get('/api/me')).json().mustChangePassword).toBe(false);
  });

  it('a password older than 90 days must be changed', async () => {
    const c0 = await t.signIn('clerk1', 'Fresh#Pass2026');
    expect((await c0.get('/api/me')).json().mustChangePassword).toBe(false);
    t.clock.advance(91 * 86_400_000);
    const c = await t.signIn('clerk1', 'Fresh#Pass2026');
    expect((await c.get('/api/me')).json().mustChangePassword).toBe(true);
  });
});
