// Opening a submission with its receipt code and query password: the right pair opens it; wrong
// tries lock the code after the set number whether the code exists or not, and the same answer is
// given for both; a token opens the same subject for its time only, and not another scope's.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SM4_KEY } from '../../../test/app.ts';
import { createTestDatabase } from '../../../test/db.ts';
import { testConfig } from '../../config.ts';
import { fromRoot } from '../../paths.ts';
import { type Ctx, systemCtx } from '../context.ts';
import { createSm4Cipher } from '../crypto/sm.ts';
import type { Database } from '../db/client.ts';
import type { AppError } from '../errors.ts';
import { issueReceiptToken, openByReceipt, receiptTokenSubject } from './index.ts';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const cipher = createSm4Cipher(TEST_SM4_KEY);
const at = (iso: string): Ctx =>
  systemCtx(database, { config: testConfig(), cipher, now: () => new Date(iso) });

// One stored submission: code ABCD-EFGH-JKMN, password 246810.
const CODE = 'ABCDEFGHJKMN';
const ID = '6f1c1d3e-0a4b-4c5d-8e9f-0123456789ab';
const keyOf = (code: string, password: string) => cipher.mac(`test-password:${code}:${password}`);
const stored = { id: ID, key: keyOf(CODE, '246810') };

const open = (ctx: Ctx, code: string, password: string) =>
  openByReceipt(ctx, {
    scope: 'test',
    code,
    password,
    attempts: 3,
    lockMinutes: 15,
    find: async (c) => (c === CODE ? stored : undefined),
    storedKey: (r) => r.key,
    keyOf,
    errors: { locked: 'RATE_LIMITED', wrong: 'INVALID_CREDENTIALS' },
  });
/** What the reader is told: the message at the field when there is one, else the message. */
const messageOf = (p: Promise<unknown>) =>
  p.then(
    () => 'opened',
    (e: AppError) => `${e.code}: ${e.errors?.[0]?.message ?? e.message}`,
  );

const WRONG = 'INVALID_CREDENTIALS: 查询码或查询密码不正确，请核对后重新输入';
const lockedFor = (minutes: number) =>
  `RATE_LIMITED: 查询码或查询密码连续输错次数过多，请 ${minutes} 分钟后再试`;

describe('openByReceipt', () => {
  it('opens with the code written in any grouping and case, and names the field of a malformed one', async () => {
    const ctx = at('2026-12-07T09:00:00+08:00');
    expect(await open(ctx, 'abcd-efgh jkmn', '246810')).toBe(stored);
    expect(await messageOf(open(ctx, 'ABCD', '246810'))).toContain('查询码为 12 位字母和数字');
    expect(await messageOf(open(ctx, CODE, '24681'))).toContain('查询密码为 6 位数字');
  });

  it('locks a code after 3 wrong passwords for 15 minutes, and an unknown code just the same', async () => {
    for (const code of [CODE, 'ZZZZZZZZZZZZ']) {
      const t0 = at('2026-12-07T10:00:00+08:00');
      expect(await messageOf(open(t0, code, '000000'))).toBe(WRONG);
      expect(await messageOf(open(t0, code, '000000'))).toBe(WRONG);
      expect(await messageOf(open(t0, code, '000000'))).toBe(WRONG);
      // Locked at 10:00 until 10:15: even the right password is refused, with the minutes left.
      expect(await messageOf(open(at('2026-12-07T10:05:30+08:00'), code, '246810'))).toBe(lockedFor(10));
      expect(await messageOf(open(at('2026-12-07T10:14:59+08:00'), code, '000000'))).toBe(lockedFor(1));
    }
    // After the lock the right pair opens again, and the count starts afresh.
    expect(await open(at('2026-12-07T10:15:01+08:00'), CODE, '246810')).toBe(stored);
    const rows = await database.query<{ n: string }>('select count(*)::text as n from receipt_attempts');
    expect(rows[0]!.n).toBe('1'); // the unknown code's; the opened code's row is cleared
  });

  it('two wrong tries then the right one: no lock, and the count is cleared', async () => {
    const t = at('2026-12-07T11:00:00+08:00');
    await messageOf(open(t, CODE, '111111'));
    await messageOf(open(t, CODE, '111111'));
    expect(await open(t, CODE, '246810')).toBe(stored);
    await messageOf(open(t, CODE, '111111'));
    await messageOf(open(t, CODE, '111111'));
    expect(await open(t, CODE, '246810')).toBe(stored);
  });
});

describe('receipt tokens', () => {
  it('name the subject for their time, and not after, nor changed, nor in another scope', () => {
    const t = at('2026-12-07T09:00:00+08:00');
    const token = issueReceiptToken(t, 'letter', ID, 30 * 60_000);
    expect(receiptTokenSubject(t, 'letter', token)).toBe(ID);
    expect(receiptTokenSubject(at('2026-12-07T09:30:00+08:00'), 'letter', token)).toBe(ID);
    expect(receiptTokenSubject(at('2026-12-07T09:30:01+08:00'), 'letter', token)).toBeNull();
    expect(receiptTokenSubject(t, 'openness', token)).toBeNull();
    const [, exp, mac] = token.split('.');
    const later = `${ID}.${Number(exp) + 3_600_000}.${mac}`;
    expect(receiptTokenSubject(t, 'letter', later)).toBeNull();
    expect(receiptTokenSubject(t, 'letter', undefined)).toBeNull();
    expect(receiptTokenSubject(t, 'letter', 'x.y.z')).toBeNull();
  });
});

describe('0031: the letters’ and applications’ counters move into receipt_attempts', () => {
  it('keeps each row, so a lock in force stays in force', async () => {
    const statements = fs
      .readFileSync(fromRoot('drizzle', '0031_receipt-attempts.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim());
    await database.query('drop table receipt_attempts');
    for (const t of ['interaction_track_attempts', 'openness_track_attempts'])
      await database.query(`create table ${t} (code_key text primary key, failures integer not null,
        locked_until timestamptz, updated_at timestamptz not null)`);
    await database.query(
      `insert into interaction_track_attempts values ('k-letter', 2, null, '2026-12-01T00:00:00Z')`,
    );
    await database.query(
      `insert into openness_track_attempts values ('k-openness', 0, '2026-12-07T02:15:00Z', '2026-12-07T02:00:00Z')`,
    );
    for (const s of statements) await database.query(s);
    const rows = await database.query<{ code_key: string; failures: number; locked_until: Date | null }>(
      'select code_key, failures, locked_until from receipt_attempts order by code_key',
    );
    expect(rows.map((r) => [r.code_key, r.failures, r.locked_until?.toISOString() ?? null])).toEqual([
      ['k-letter', 2, null],
      ['k-openness', 0, '2026-12-07T02:15:00.000Z'],
    ]);
  });
});
