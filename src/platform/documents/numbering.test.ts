// Numbering: the printed forms, and serials without gap or repeat under 50 concurrent callers
// (PGlite serialises them on its one connection; on PostgreSQL, `npm run test:pg`, they race on
// the counter row for real), and a rolled-back caller gives its number back.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/db.ts';
import { testConfig } from '../../config.ts';
import { type Ctx, inTransaction, systemCtx } from '../context.ts';
import { createSm4Cipher } from '../crypto/sm.ts';
import type { Database } from '../db/client.ts';
import { numberSerials } from './numbering.table.ts';
import {
  defineSeries,
  formatNumber,
  isNumberFormat,
  nextSerial,
  numberKey,
  takeNumber,
  takeNumbers,
} from './numbering.ts';

describe('number formats', () => {
  it('prints the department’s three kinds of number', () => {
    expect(formatNumber('豫林采〔{year}〕{serial:6}号', { year: 2026, serial: 123 })).toBe(
      '豫林采〔2026〕000123号',
    );
    expect(formatNumber('督字〔{year}〕{serial}号', { year: 2026, serial: 17 })).toBe('督字〔2026〕17号');
    expect(formatNumber('{year}年第{serial}期', { year: 2026, serial: 3 })).toBe('2026年第3期');
    // Padding never cuts a longer serial.
    expect(formatNumber('X{year}-{serial:3}', { year: 2026, serial: 12345 })).toBe('X2026-12345');
  });

  it('fills named parts and prints an unknown one as nothing', () => {
    expect(
      formatNumber('豫林采{county}-{year}-{serial}', { year: 2027, serial: 9, vars: { county: '410122' } }),
    ).toBe('豫林采410122-2027-9');
    expect(formatNumber('豫林采{county}〔{year}〕{serial}号', { year: 2027, serial: 9 })).toBe(
      '豫林采〔2027〕9号',
    );
  });

  it('refuses a format that would repeat numbers', () => {
    expect(isNumberFormat('豫林采〔{year}〕{serial:6}号')).toBe(true);
    expect(isNumberFormat('豫林采〔{year}〕号')).toBe(false); // the same number every time
    expect(isNumberFormat('豫林采{serial}号')).toBe(false); // 2027's first repeats 2026's first
    expect(() => defineSeries('x', '督字{serial}号')).toThrow(/lacks \{year\}/);
  });

  it('compares numbers typed with other brackets, widths and spaces as the same', () => {
    const key = numberKey('豫林采〔2026〕000123号');
    expect(numberKey('豫林采[2026]000123号')).toBe(key);
    expect(numberKey(' 豫林采（２０２６）000123号 ')).toBe(key);
    expect(numberKey('豫林采〔2026〕000124号')).not.toBe(key);
  });
});

let database: Database;
let ctx: Ctx;
beforeAll(async () => {
  database = await createTestDatabase();
  const deps = {
    config: testConfig({}),
    cipher: createSm4Cipher('0123456789abcdeffedcba9876543210'),
    now: () => new Date('2026-12-31T23:30:00+08:00'),
  };
  ctx = { ...systemCtx(database, deps), now: deps.now() };
});
afterAll(() => database.close());

const SUPERVISION = defineSeries('test.supervision', '督字〔{year}〕{serial}号');
const take = (series = SUPERVISION, options?: Parameters<typeof takeNumber>[2]) =>
  inTransaction(ctx, (tx) => takeNumber(tx, series, options));

describe('serials', () => {
  it('starts each year at 1 and takes the year of China’s date', async () => {
    // 23:30 on 31 December in Beijing is still 2026 (15:30 UTC).
    expect(await take()).toEqual({ year: 2026, serial: 1, number: '督字〔2026〕1号' });
    expect((await take()).number).toBe('督字〔2026〕2号');
    expect(await take(SUPERVISION, { year: 2027 })).toEqual({
      year: 2027,
      serial: 1,
      number: '督字〔2027〕1号',
    });
  });

  it('prints with a valid format given by the caller (a setting), else the series’ own', async () => {
    const series = defineSeries('test.bulletin', '{year}年第{serial}期');
    expect((await take(series, { format: '林业信息专报{year}年第{serial}期' })).number).toBe(
      '林业信息专报2026年第1期',
    );
    expect((await take(series, { format: '第{serial}期' })).number).toBe('2026年第2期');
  });

  it('gives 50 concurrent callers 1 to 50, each once', async () => {
    const series = defineSeries('test.rush', '豫林采〔{year}〕{serial:6}号');
    const taken = await Promise.all(Array.from({ length: 50 }, () => take(series)));
    expect(taken.map((t) => t.serial).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i + 1),
    );
    expect(new Set(taken.map((t) => t.number)).size).toBe(50);
    expect(taken.map((t) => t.number)).toContain('豫林采〔2026〕000050号');
  });

  it('leaves no gap when callers roll back, even among concurrent ones', async () => {
    const series = defineSeries('test.rollback', '督字〔{year}〕{serial}号');
    // 50 callers at once; every third fails after taking its number (its transaction rolls back).
    const outcomes = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        inTransaction(ctx, async (tx) => {
          const n = await takeNumber(tx, series);
          if (i % 3 === 0) throw new Error('the caller’s work failed');
          return n.serial;
        }),
      ),
    );
    const kept = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : []));
    // i = 0, 3, …, 48: 17 failed, 33 kept — and the kept ones are exactly 1..33.
    expect(kept).toHaveLength(33);
    expect(kept.sort((a, b) => a - b)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect((await take(series)).serial).toBe(34);
    const [row] = await database.db
      .select()
      .from(numberSerials)
      .where(eq(numberSerials.series, 'test.rollback'));
    expect(row.lastValue).toBe(34);
  });

  it('takes several consecutive numbers at once, after the single ones before them', async () => {
    const series = defineSeries('test.batch', '信〔{year}〕{serial:6}号');
    await take(series);
    const batch = await inTransaction(ctx, (tx) => takeNumbers(tx, series, 3));
    expect(batch.map((n) => n.number)).toEqual([
      '信〔2026〕000002号',
      '信〔2026〕000003号',
      '信〔2026〕000004号',
    ]);
    expect((await take(series)).serial).toBe(5);
    expect(await inTransaction(ctx, (tx) => takeNumbers(tx, series, 0))).toEqual([]);
  });

  it('refuses to take a number outside a transaction', async () => {
    await expect(nextSerial(ctx, 'test.loose', 2026)).rejects.toThrow(/inside the caller's inTransaction/);
  });
});
