// Runtime settings: the system admin reads and changes them; each value is checked against its
// definition and the change is audited; everyone else is refused.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount, DEMO_TOTP_SECRET, upsertRole } from '../access/access.factories.ts';
import { settings } from '../access/access.table.ts';
import { inTransaction } from '../context.ts';
import { defineSetting, forgetStoredSettings, getSetting, registerSettings } from './settings.service.ts';

// Definitions of this test only (the registry is per test file's process).
const REMIND_DAYS = defineSetting({
  key: 'test.remindDays',
  label: '到期前提醒天数',
  type: 'integer',
  default: 3,
  min: 1,
  max: 30,
});
const SIGNATURE = defineSetting({
  key: 'test.signature',
  label: '通报落款',
  type: 'string',
  default: '厅办公室',
  max: 20,
});

registerSettings('test', [REMIND_DAYS, SIGNATURE]);

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    seed: async (ctx) => {
      await upsertRole(
        ctx.db,
        { code: 'clerk', name: '办事员', permissions: [], dataScope: 'unit' },
        ctx.now,
      );
      await createAccount(ctx.db, ctx.deps.cipher, { username: 'clerk', roleCodes: ['clerk'] }, ctx.now);
      await createAccount(
        ctx.db,
        ctx.deps.cipher,
        { username: 'sysadmin', roleCodes: ['sysadmin'], totpSecret: DEMO_TOTP_SECRET },
        ctx.now,
      );
      await createAccount(
        ctx.db,
        ctx.deps.cipher,
        { username: 'secadmin', roleCodes: ['secadmin'], totpSecret: DEMO_TOTP_SECRET },
        ctx.now,
      );
    },
  });
});
afterAll(() => t.close());

describe('reading settings', () => {
  it('lists every declared setting with its default for the system admin', async () => {
    const res = await (await t.signIn('sysadmin')).get('/api/settings');
    expect(res.statusCode).toBe(200);
    const items: Array<Record<string, unknown>> = res.json().items;
    expect(items.find((s) => s.key === 'test.remindDays')).toEqual({
      key: 'test.remindDays',
      label: '到期前提醒天数',
      description: null,
      type: 'integer',
      default: 3,
      min: 1,
      max: 30,
      value: 3,
      changed: false,
      updatedAt: null,
      updatedBy: null,
      updatedByName: null,
    });
    // The organisation module's settings are there too.
    expect(items.find((s) => s.key === 'org.directoryShowsPhones')).toMatchObject({
      type: 'boolean',
      value: true,
    });
  });

  it('refuses a business user and the security admin', async () => {
    expect((await (await t.signIn('clerk')).get('/api/settings')).statusCode).toBe(403);
    expect((await (await t.signIn('secadmin')).get('/api/settings')).statusCode).toBe(403);
  });
});

describe('changing a setting', () => {
  it('checks the value against the definition and names the field', async () => {
    const admin = await t.signIn('sysadmin');
    const asText = await admin.put('/api/settings/test.remindDays', { value: '5' });
    expect(asText.statusCode).toBe(400);
    expect(asText.json().errors).toEqual([{ field: 'value', message: '到期前提醒天数：应为整数' }]);
    const tooSmall = await admin.put('/api/settings/test.remindDays', { value: 0 });
    expect(tooSmall.json().errors[0].message).toBe('到期前提醒天数：不得小于 1');
    const tooBig = await admin.put('/api/settings/test.remindDays', { value: 31 });
    expect(tooBig.json().errors[0].message).toBe('到期前提醒天数：不得大于 30');
    const fraction = await admin.put('/api/settings/test.remindDays', { value: 2.5 });
    expect(fraction.statusCode).toBe(400);
    const notBoolean = await admin.put('/api/settings/org.directoryShowsPhones', { value: 'false' });
    expect(notBoolean.statusCode).toBe(400);
    const tooLong = await admin.put('/api/settings/test.signature', { value: '河'.repeat(21) });
    expect(tooLong.json().errors[0].message).toBe('通报落款：最多 20 个字符');
    const missing = await admin.put('/api/settings/test.signature', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].field).toBe('value');
  });

  it('answers 404 for an unknown setting', async () => {
    const res = await (await t.signIn('sysadmin')).put('/api/settings/test.nothing', { value: 1 });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('SETTING_NOT_FOUND');
  });

  it('refuses a business user and audits the denial', async () => {
    const res = await (await t.signIn('clerk')).put('/api/settings/test.remindDays', { value: 5 });
    expect(res.statusCode).toBe(403);
    const [row] = await t.database.query<{ actor_name: string; result: string }>(
      `select actor_name, result from audit_log where action = 'access.denied' order by seq desc limit 1`,
    );
    expect(row).toEqual({ actor_name: 'clerk', result: 'denied' });
  });

  it('stores a good value, which use cases then read, and audits before and after', async () => {
    const admin = await t.signIn('sysadmin');
    const res = await admin.put('/api/settings/test.remindDays', { value: 7 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ value: 7, changed: true, updatedAt: t.clock.now().toISOString() });
    expect(await getSetting(t.ctx(), REMIND_DAYS)).toBe(7);
    expect(await getSetting(t.ctx(), 'test.remindDays')).toBe(7);
    const again = await admin.put('/api/settings/test.remindDays', { value: 10 });
    expect(again.json().value).toBe(10);
    const audit = await t.database.query<{ actor_name: string; object_id: string; detail: unknown }>(
      `select actor_name, object_id, detail from audit_log where action = 'setting.update' order by seq`,
    );
    expect(audit.map((a) => a.detail)).toEqual([
      { before: 3, after: 7 },
      { before: 7, after: 10 },
    ]);
    expect(audit[0]).toMatchObject({ actor_name: 'sysadmin', object_id: 'test.remindDays' });
    await admin.put('/api/settings/test.signature', { value: '河南省林业厅办公室' });
    expect(await getSetting(t.ctx(), SIGNATURE)).toBe('河南省林业厅办公室');
  });

  it('names who changed it, and 恢复默认 brings the default back, audited with the value before', async () => {
    const admin = await t.signIn('sysadmin');
    await admin.put('/api/settings/test.signature', { value: '厅信息中心' });
    const listed = (await admin.get('/api/settings'))
      .json()
      .items.find((s: { key: string }) => s.key === 'test.signature');
    // The account's display name (the factory's default is the username), never its id.
    expect(listed).toMatchObject({ value: '厅信息中心', changed: true, updatedByName: 'sysadmin' });
    expect(listed.updatedBy).toMatch(/^[0-9a-f-]{36}$/);

    const reset = await admin.delete('/api/settings/test.signature');
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({
      value: '厅办公室',
      changed: false,
      updatedBy: null,
      updatedByName: null,
    });
    expect(await getSetting(t.ctx(), SIGNATURE)).toBe('厅办公室');
    const [audit] = await t.database.query<{ action: string; object_id: string; detail: unknown }>(
      `select action, object_id, detail from audit_log where action = 'setting.reset' order by seq desc limit 1`,
    );
    expect(audit).toEqual({
      action: 'setting.reset',
      object_id: 'test.signature',
      detail: { before: '厅信息中心', after: '厅办公室' },
    });
    // Resetting what is already the default changes nothing and records nothing.
    const before = await t.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'setting.reset'`,
    );
    expect((await admin.delete('/api/settings/test.signature')).statusCode).toBe(200);
    const after = await t.database.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'setting.reset'`,
    );
    expect(after[0].n).toBe(before[0].n);
    expect((await (await t.signIn('clerk')).delete('/api/settings/test.signature')).statusCode).toBe(403);
  });

  it('falls back to the default when a stored value no longer fits the definition', async () => {
    // 99 is above the maximum of 30 (say the definition was tightened after the value was stored:
    // a new definition comes with a restart, which starts with an empty cache).
    await t.ctx().db.update(settings).set({ value: 99 }).where(eq(settings.key, 'test.remindDays'));
    forgetStoredSettings(t.ctx());
    expect(await getSetting(t.ctx(), REMIND_DAYS)).toBe(3);
  });
});

describe('settings read through the per-process cache', () => {
  const LIMIT = defineSetting({ key: 'test.cacheLimit', label: '缓存测试上限', type: 'integer', default: 5 });
  registerSettings('test', [LIMIT]);

  it('serves a change made through the settings page at once, on this instance', async () => {
    const admin = await t.signIn('sysadmin');
    expect(await getSetting(t.ctx(), LIMIT)).toBe(5);
    expect((await admin.put('/api/settings/test.cacheLimit', { value: 8 })).statusCode).toBe(200);
    expect(await getSetting(t.ctx(), LIMIT)).toBe(8);
  });

  it('never serves a value that a transaction saw and then rolled back', async () => {
    const KEY = 'test.cacheRollback';
    const ROLLBACK = defineSetting({ key: KEY, label: '回滚测试', type: 'integer', default: 1 });
    await expect(
      inTransaction(t.ctx(), async (tx) => {
        await tx.db.insert(settings).values({ key: KEY, value: 2, updatedAt: tx.now });
        expect(await getSetting(tx, ROLLBACK)).toBe(2);
        throw new Error('回滚');
      }),
    ).rejects.toThrow('回滚');
    expect(await getSetting(t.ctx(), ROLLBACK)).toBe(1);
  });

  it('keeps two databases in one process apart', async () => {
    const other = await buildTestApp();
    try {
      await other
        .ctx()
        .db.insert(settings)
        .values({ key: 'test.cacheLimit', value: 20, updatedAt: new Date() });
      expect(await getSetting(t.ctx(), LIMIT)).toBe(8);
      expect(await getSetting(other.ctx(), LIMIT)).toBe(20);
      expect(await getSetting(t.ctx(), LIMIT)).toBe(8);
    } finally {
      await other.close();
    }
  });
});
