// The keyed chain: HMAC-SM3 under a key outside the database, checkpoints of the head outside it, and
// the migration of records written before the key. The attacker here has the database (a superuser
// who can switch the append-only triggers off) but not the data directory.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { TEST_AUDIT_KEY } from '../../config.ts';
import { fromRoot } from '../../paths.ts';
import type { Database } from '../db/client.ts';
import { runJobNow } from '../jobs/jobs.ts';
import type { AuditAction } from './actions.ts';
import { recordAudit, verifyChain } from './audit.service.ts';
import { CHECKPOINT_JOB } from './audit-checkpoint.ts';

// Actions made up for the test (the product's have Chinese names in their module).
const made = (action: string) => action as AuditAction;

// The record's text as the source defines it (audit-chain.ts): the previous hash and the fields,
// joined by U+001F. An attacker reads the same source; what they lack is the key.
interface Row {
  seq: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  object_type: string | null;
  object_id: string | null;
  result: string;
  ip: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}
const text = (prev: string, r: Row) =>
  [
    prev,
    r.seq,
    r.at.toISOString(),
    r.actor_id ?? '',
    r.actor_name ?? '',
    r.action,
    r.object_type ?? '',
    r.object_id ?? '',
    r.result,
    r.ip ?? '',
    r.request_id ?? '',
    'null', // these records carry no detail
  ].join('\u001f');
const plainSm3 = (s: string) => crypto.createHash('sm3').update(s).digest('hex');
const hmac = (s: string) =>
  crypto.createHmac('sm3', Buffer.from(TEST_AUDIT_KEY, 'hex')).update(s).digest('hex');

const rows = (db: Database) => db.query<Row>('select * from audit_log order by seq');

/** What a database superuser can do: change a record and recompute the plain SM3 chain after it. */
async function tamperAndRecompute(db: Database, seq: number, objectId: string) {
  await db.query('alter table audit_log disable trigger audit_log_no_update');
  await db.query('update audit_log set object_id = $1 where seq = $2', [objectId, seq]);
  let prev = '';
  for (const r of await rows(db)) {
    if (Number(r.seq) < seq) {
      prev = r.hash;
      continue;
    }
    const hash = plainSm3(text(prev, r));
    await db.query('update audit_log set prev_hash = $1, hash = $2 where seq = $3', [prev, hash, r.seq]);
    prev = hash;
  }
  await db.query('update audit_chain_head set hash = $1', [prev]);
  await db.query('alter table audit_log enable trigger audit_log_no_update');
}

describe('the keyed chain', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The retention trigger compares with the database's own clock, so records are stamped today.
    t = await buildTestApp({ now: new Date().toISOString() });
    for (const n of [1, 2, 3, 4])
      await recordAudit(t.ctx(), { action: made('test.write'), objectType: 'thing', objectId: String(n) });
  });
  afterAll(() => t.close());

  it('binds each record with HMAC-SM3 under the key, not with plain SM3', async () => {
    const [first, second] = await rows(t.database);
    expect(second.prev_hash).toBe(first.hash);
    expect(second.hash).toBe(hmac(text(first.hash, second)));
    expect(second.hash).not.toBe(plainSm3(text(first.hash, second)));
    expect(await verifyChain(t.ctx())).toMatchObject({ ok: true, checked: 4, keyedFrom: 1 });
  });

  it('reports a record changed and the plain chain recomputed after it', async () => {
    await tamperAndRecompute(t.database, 2, '99');
    const result = await verifyChain(t.ctx());
    expect(result.ok).toBe(false);
    expect(result.firstBroken).toEqual({ seq: 2, reason: '记录内容已被改动（带密钥的校验码不符）' });
    expect(result.checked).toBe(1);
  });
});

describe('checkpoints of the head outside the database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ now: new Date().toISOString() });
    for (const n of [1, 2, 3])
      await recordAudit(t.ctx(), { action: made('test.write'), objectType: 'thing', objectId: String(n) });
  });
  afterAll(() => t.close());
  const file = () => t.config.AUDIT_CHECKPOINT_FILE;
  const lines = () =>
    fs.existsSync(file())
      ? fs
          .readFileSync(file(), 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l))
      : [];

  it('writes one when none is there, then once a day', async () => {
    const info: unknown[] = [];
    const log = { debug() {}, info: (o: unknown) => info.push(o), warn() {}, error() {} };
    await runJobNow(t.database, t.deps, CHECKPOINT_JOB, { now: t.clock.now(), log });
    const [head] = await t.database.query<{ hash: string }>('select hash from audit_log where seq = 3');
    expect(lines()).toEqual([
      { seq: 3, hash: head.hash, keyedFrom: 1, at: t.clock.now().toISOString(), mac: expect.any(String) },
    ]);
    expect(info).toEqual([{ auditCheckpoint: lines()[0] }]);
    t.clock.advance(23 * 3_600_000);
    await runJobNow(t.database, t.deps, CHECKPOINT_JOB, { now: t.clock.now(), log });
    expect(lines()).toHaveLength(1);
    t.clock.advance(3_600_000);
    await recordAudit(t.ctx(), { action: made('test.write'), objectType: 'thing', objectId: '4' });
    await runJobNow(t.database, t.deps, CHECKPOINT_JOB, { now: t.clock.now(), log });
    expect(lines().map((l) => l.seq)).toEqual([3, 4]);
    expect(await verifyChain(t.ctx())).toMatchObject({
      ok: true,
      checked: 4,
      checkpoints: { found: 2, latest: { seq: 4, at: t.clock.now().toISOString() } },
    });
  });

  it('reports a changed checkpoint line', async () => {
    const saved = fs.readFileSync(file(), 'utf8');
    fs.writeFileSync(file(), saved.replace('"seq":3', '"seq":2'));
    const result = await verifyChain(t.ctx());
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.seq).toBeNull();
    expect(result.firstBroken?.reason).toContain('第 1 行的校验码不符');
    fs.writeFileSync(file(), saved);
  });

  it('reports the keyed anchor moved to pass the recomputed chain off as plain SM3', async () => {
    await tamperAndRecompute(t.database, 1, '99');
    // Now every record verifies as plain SM3 if the anchor says so — but the checkpoints say otherwise.
    await t.database.query('update audit_chain_head set keyed_from = 5');
    const result = await verifyChain(t.ctx());
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.seq).toBe(1);
    expect(result.firstBroken?.reason).toMatch(
      /^带密钥校验的起点被改动：.* 的检查点记为第 1 条，数据库中为第 5 条$/,
    );
  });

  it('reports records removed after the last checkpoint (a database rolled back)', async () => {
    const u = await buildTestApp({
      now: new Date().toISOString(),
      config: { AUDIT_CHECKPOINT_FILE: file() },
    });
    try {
      // Another database with the same key and checkpoint file: it holds none of the checkpointed records.
      await recordAudit(u.ctx(), { action: made('test.write') });
      const result = await verifyChain(u.ctx());
      expect(result.ok).toBe(false);
      expect(result.firstBroken?.reason).toMatch(
        /检查点记到第 3 条，数据库只到第 1 条：记录被删除或数据库被回退$/,
      );
    } finally {
      await u.close();
    }
  });
});

describe('the migration to the keyed chain', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ now: new Date().toISOString() });
  });
  afterAll(() => t.close());

  it('keeps records written before it verifiable and keys the records after it', async () => {
    const db = t.database;
    // The database as it was before the migration: no anchor column, three records hashed with SM3.
    await db.query('alter table audit_chain_head drop column keyed_from');
    let prev = '0'.repeat(64);
    const at = new Date();
    for (const seq of [1, 2, 3]) {
      const r = {
        seq: String(seq),
        at,
        actor_id: null,
        actor_name: 'system',
        action: made('old.write'),
        object_type: null,
        object_id: String(seq),
        result: 'success',
        ip: null,
        request_id: 'old',
      } as Row;
      const hash = plainSm3(text(prev, r));
      await db.query(
        `insert into audit_log (seq, at, actor_name, action, object_id, result, request_id, prev_hash, hash)
         values ($1, $2, 'system', 'old.write', $3, 'success', 'old', $4, $5)`,
        [seq, at, String(seq), prev, hash],
      );
      prev = hash;
    }
    await db.query('insert into audit_chain_head (id, seq, hash) values (1, 3, $1)', [prev]);

    const migration = fs.readFileSync(fromRoot('drizzle/0020_audit-keyed-chain.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint')) await db.query(statement);

    await recordAudit(t.ctx(), { action: made('new.write'), objectId: '4' });
    const all = await rows(db);
    expect(all.map((r) => [Number(r.seq), r.action])).toEqual([
      [1, 'old.write'],
      [2, 'old.write'],
      [3, 'old.write'],
      [4, 'new.write'],
    ]);
    expect(all[3].prev_hash).toBe(prev);
    expect(await verifyChain(t.ctx())).toMatchObject({ ok: true, checked: 4, keyedFrom: 4 });

    // A record before the anchor changed and the plain chain recomputed up to it: the first keyed
    // record's MAC covers the last plain hash, so the change still shows.
    await tamperAndRecompute(db, 2, '99');
    const result = await verifyChain(t.ctx());
    expect(result.ok).toBe(false);
    expect(result.firstBroken?.seq).toBe(4);
  });

  it('starts the chain keyed from the first record in a database that had none', async () => {
    const u = await buildTestApp({ now: new Date().toISOString() });
    try {
      await recordAudit(u.ctx(), { action: made('first') });
      expect(await verifyChain(u.ctx())).toMatchObject({ ok: true, checked: 1, keyedFrom: 1 });
    } finally {
      await u.close();
    }
  });
});
