import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { inTransaction } from '../context.ts';
import type { AuditAction } from './actions.ts';
import { GENESIS_HASH, recordAudit, recordAuditAlone, verifyChain } from './audit.service.ts';

// The chain's tests record actions of their own: what they are called does not matter here.
const made = (action: string) => action as AuditAction;

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
      await recordAudit(ctx, { action: made('test.write'), objectType: 'thing', objectId: String(n) });
    const rows = await t.database.query<{ seq: number; prev_hash: string; hash: string }>(
      'select seq, prev_hash, hash from audit_log order by seq',
    );
    expect(rows).toHaveLength(3);
    expect(rows[0].prev_hash).toBe(GENESIS_HASH);
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    expect(rows[2].prev_hash).toBe(rows[1].hash);
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyChain(ctx)).toMatchObject({ ok: true, checked: 3, firstBroken: null });
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
    expect(result.firstBroken).toEqual({ seq: 2, reason: '记录内容已被改动（带密钥的校验码不符）' });
    expect(result.checked).toBe(1);
  });
});

describe('audit records written at commit', () => {
  let u: TestApp;
  beforeAll(async () => {
    u = await buildTestApp({ now: new Date().toISOString() });
  });
  afterAll(() => u.close());
  const actions = async () =>
    (await u.database.query<{ action: string }>('select action from audit_log order by seq')).map(
      (r) => r.action,
    );

  it('writes a transaction’s records in the order they were made, when it commits', async () => {
    await inTransaction(u.ctx(), async (tx) => {
      await recordAudit(tx, { action: made('case.submit') });
      await recordAudit(tx, { action: 'clock.start' });
      // Queued, not yet in the table: the chain's lock is not taken before the end.
      const inside = await tx.db.execute(sql`select count(*)::int as n from audit_log`);
      expect((inside as unknown as { rows: Array<{ n: number }> }).rows[0].n).toBe(0);
      await recordAudit(tx, { action: made('case.accept') });
    });
    expect(await actions()).toEqual(['case.submit', 'clock.start', 'case.accept']);
    expect(await verifyChain(u.ctx())).toMatchObject({ ok: true, checked: 3, firstBroken: null });
  });

  it('writes nothing for a transaction that rolls back', async () => {
    await expect(
      inTransaction(u.ctx(), async (tx) => {
        await recordAudit(tx, { action: made('lost.change') });
        throw new Error('回滚');
      }),
    ).rejects.toThrow('回滚');
    // A denial is recorded in a transaction of its own (after the failed one, on one connection).
    await recordAuditAlone(u.ctx(), { action: 'access.denied', result: 'denied' });
    expect(await actions()).toEqual(['case.submit', 'clock.start', 'case.accept', 'access.denied']);
  });

  it('keeps one unbroken chain under 20 concurrent transactions of 3 records each', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        inTransaction(u.ctx(), async (tx) => {
          for (const step of ['a', 'b', 'c']) await recordAudit(tx, { action: made(`t${i}.${step}`) });
        }),
      ),
    );
    const all = await actions();
    expect(all).toHaveLength(4 + 60);
    // Each transaction's three records are consecutive and in order.
    for (let i = 0; i < 20; i++) {
      const at = all.indexOf(`t${i}.a`);
      expect(all.slice(at, at + 3)).toEqual([`t${i}.a`, `t${i}.b`, `t${i}.c`]);
    }
    expect(await verifyChain(u.ctx())).toMatchObject({ ok: true, checked: 64, firstBroken: null });
  });
});
