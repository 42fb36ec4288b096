import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { GENESIS_HASH, recordAudit, verifyChain } from './audit.service.ts';

let t: TestApp;
beforeAll(async () => {
  // The retention trigger compares with the database's own clock, so records are stamped today.
  t = await buildTestApp({ now: new Date().toISOString() });
});
afterAll(() => t.close());

describe('audit log', () => {
  it('chains each record to the previous one with SM3', async () => {
    const ctx = t.ctx();
    for (const n of [1, 2, 3])
      await recordAudit(ctx, { action: 'test.write', objectType: 'thing', objectId: String(n) });
    const rows = await t.database.query<{ seq: number; prev_hash: string; hash: string }>(
      'select seq, prev_hash, hash from audit_log order by seq',
    );
    expect(rows).toHaveLength(3);
    expect(rows[0].prev_hash).toBe(GENESIS_HASH);
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    expect(rows[2].prev_hash).toBe(rows[1].hash);
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyChain(ctx)).toEqual({ ok: true, checked: 3, firstBroken: null });
  });

  it('refuses UPDATE, and DELETE of records younger than 180 days', async () => {
    await expect(t.database.query("update audit_log set action = 'x' where seq = 1")).rejects.toThrow(
      /AUDIT_APPEND_ONLY/,
    );
    await expect(t.database.query('delete from audit_log where seq = 1')).rejects.toThrow(/AUDIT_RETENTION/);
    await expect(t.database.query('truncate audit_log')).rejects.toThrow(/AUDIT_APPEND_ONLY/);
  });

  it('names the first record a superuser changed behind the triggers', async () => {
    await t.database.query('alter table audit_log disable trigger audit_log_no_update');
    await t.database.query(`update audit_log set object_id = '99' where seq = 2`);
    await t.database.query('alter table audit_log enable trigger audit_log_no_update');
    const result = await verifyChain(t.ctx());
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ seq: 2, reason: '记录内容已被改动' });
    expect(result.checked).toBe(1);
  });
});
