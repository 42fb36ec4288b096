// The search counts and ranks common words in recent months first (month tokens in the index); a
// word whose matches are old, undated or dated far ahead must still be found and counted exactly
// up to 500 — on PGlite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import type { Ctx } from '../context.ts';
import {
  defineSearchSource,
  indexSearchDocuments,
  registerSearchSource,
  type SearchDocumentInput,
} from './search.service.ts';
import { publicSearch } from './search.test-support.ts';

let t: TestApp;

const HERBARIUM = defineSearchSource({ name: 'herbarium', label: '植物志' });
registerSearchSource(HERBARIUM);

/** The day `n` days after `start` (YYYY-MM-DD). */
const dayAfter = (start: string, n: number) => {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const doc = (refId: string, word: string, day: string | null): SearchDocumentInput => ({
  refId,
  title: `${word}记录${refId}`,
  url: `/herbarium/${refId}`,
  body: `${word}的形态与分布。`,
  day,
});

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx: Ctx) => {
      const docs: SearchDocumentInput[] = [
        // 楸树: 520 records of 2019 (one a day from 2019-01-01) and 3 of February 2026.
        ...Array.from({ length: 520 }, (_, n) => doc(`q${n}`, '楸树', dayAfter('2019-01-01', n))),
        doc('q-new1', '楸树', '2026-02-10'),
        doc('q-new2', '楸树', '2026-02-20'),
        doc('q-new3', '楸树', '2026-02-27'),
        // 侧柏: exactly 500 records, all of 2018.
        ...Array.from({ length: 500 }, (_, n) => doc(`c${n}`, '侧柏', dayAfter('2018-01-01', n % 365))),
        // 泡桐: 300 records of the last two years and 201 from before them: 501 in all.
        ...Array.from({ length: 300 }, (_, n) => doc(`p${n}`, '泡桐', dayAfter('2024-06-01', n))),
        ...Array.from({ length: 201 }, (_, n) => doc(`p-old${n}`, '泡桐', dayAfter('2015-01-01', n))),
        // One record of each: old, undated, dated years ahead.
        doc('z1', '皂荚', '2012-05-01'),
        doc('h1', '黄连木', null),
        doc('h2', '黄连木', null),
        doc('b1', '白皮松', '2030-01-01'),
      ];
      await indexSearchDocuments(ctx, HERBARIUM, docs);
    },
  });
}, 120_000);
afterAll(() => t.close());

const search = (query: Record<string, string>) => publicSearch(t, query);

describe('words whose matches are not recent', () => {
  it('finds an article of 2012 when it is the only match', async () => {
    const r = await search({ q: '皂荚' });
    expect(r.total).toBe(1);
    expect(r.totalExact).toBe(true);
    expect(r.items.map((i) => i.url)).toEqual(['/herbarium/z1']);
  });

  it('searches words next to quotes and backslashes as words', async () => {
    const r = await search({ q: "皂荚'\\ or ''='" });
    expect(r.items.map((i) => i.url)).toEqual([]);
    const plain = await search({ q: "皂荚'\\" });
    expect(plain.items.map((i) => i.url)).toEqual(['/herbarium/z1']);
  });

  it('finds undated documents', async () => {
    const r = await search({ q: '黄连木' });
    expect(r.total).toBe(2);
    expect(r.items.map((i) => i.url).sort()).toEqual(['/herbarium/h1', '/herbarium/h2']);
  });

  it('finds a document dated years ahead, also from a given day on', async () => {
    expect((await search({ q: '白皮松' })).total).toBe(1);
    const r = await search({ q: '白皮松', from: '2026-01-01' });
    expect(r.total).toBe(1);
    expect(r.items[0]?.day).toBe('2030-01-01');
    // From a day more than a year ahead (no month of the recent window left to look at).
    expect((await search({ q: '白皮松', from: '2029-06-01' })).total).toBe(1);
  });

  it('says "more than 500" when only 3 of 523 matches are recent, and lists those first', async () => {
    const r = await search({ q: '楸树' });
    expect(r.total).toBe(500);
    expect(r.totalExact).toBe(false);
    // The three of 2026, newest first, then the newest of 2019: 2019-01-01 + 519 days = 2020-06-03.
    expect(r.items.slice(0, 4).map((i) => i.day)).toEqual([
      '2026-02-27',
      '2026-02-20',
      '2026-02-10',
      '2020-06-03',
    ]);
  });

  it('counts exactly 500 old matches as 500, not "more than 500"', async () => {
    const r = await search({ q: '侧柏' });
    expect(r.total).toBe(500);
    expect(r.totalExact).toBe(true);
  });

  it('counts 300 recent and 201 old matches as more than 500', async () => {
    const r = await search({ q: '泡桐' });
    expect(r.total).toBe(500);
    expect(r.totalExact).toBe(false);
    // 2024-06-01 + 299 days = 2025-03-27, the newest.
    expect(r.items[0]?.day).toBe('2025-03-27');
  });

  it('counts exactly within the last two years (300) and before them (201)', async () => {
    const recent = await search({ q: '泡桐', from: '2024-06-01', to: '2026-03-02' });
    expect(recent.total).toBe(300);
    expect(recent.totalExact).toBe(true);
    const old = await search({ q: '泡桐', to: '2016-12-31' });
    expect(old.total).toBe(201);
    expect(old.totalExact).toBe(true);
    // 2015-01-01 + 200 days = 2015-07-20.
    expect(old.items[0]?.day).toBe('2015-07-20');
  });
});
