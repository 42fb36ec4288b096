// A common word with more than 500 matches: the count stops at 500 and says so ("500 条以上"),
// the newest matches come first, pages and filters still work — on PGlite and PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import type { Ctx } from '../context.ts';
import { defineSearchSource, indexSearchDocuments, registerSearchSource } from './search.service.ts';
import { publicSearch } from './search.test-support.ts';

let t: TestApp;

const SPECIMENS = defineSearchSource({ name: 'specimens', label: '标本库' });
registerSearchSource(SPECIMENS);

// Specimen n is dated n days before 2026-03-01 (n = 0 … 1004).
const DOCS = 1005;
const dayOf = (n: number) => {
  const d = new Date(Date.UTC(2026, 2, 1 - n));
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx: Ctx) => {
      await indexSearchDocuments(
        ctx,
        SPECIMENS,
        Array.from({ length: DOCS }, (_, n) => ({
          refId: `s${n}`,
          title: `银杏标本第${n}号`,
          url: `/specimens/${n}`,
          body: '馆藏银杏标本，采自豫西山区。',
          day: dayOf(n),
        })),
      );
    },
  });
}, 60_000);
afterAll(() => t.close());

const search = (query: Record<string, string>) => publicSearch(t, query);

describe('a word with more than 500 matches', () => {
  it('counts up to 500 and lists the newest first', async () => {
    const r = await search({ q: '银杏' });
    expect(r.total).toBe(500);
    expect(r.totalExact).toBe(false);
    expect(r.items.map((i) => i.url)).toEqual([
      '/specimens/0',
      '/specimens/1',
      '/specimens/2',
      '/specimens/3',
      '/specimens/4',
      '/specimens/5',
      '/specimens/6',
      '/specimens/7',
      '/specimens/8',
      '/specimens/9',
    ]);
    expect(r.items[0]?.day).toBe('2026-03-01');
    expect(r.items[9]?.day).toBe('2026-02-20');
  });

  it('goes on to the next ten on page 2', async () => {
    const r = await search({ q: '银杏', page: '2' });
    expect(r.items.map((i) => i.day)).toEqual([
      '2026-02-19',
      '2026-02-18',
      '2026-02-17',
      '2026-02-16',
      '2026-02-15',
      '2026-02-14',
      '2026-02-13',
      '2026-02-12',
      '2026-02-11',
      '2026-02-10',
    ]);
  });

  it('counts exactly again within a date range (February 2026: 28 days)', async () => {
    const r = await search({ q: '银杏', from: '2026-02-01', to: '2026-02-28' });
    expect(r.total).toBe(28);
    expect(r.totalExact).toBe(true);
    expect(r.items[0]?.url).toBe('/specimens/1');
  });

  it('finds old documents when the dates ask for them', async () => {
    // Specimen 1004 is dated 2023-06-01 (1,004 days before 2026-03-01).
    const r = await search({ q: '银杏', to: '2023-06-02' });
    expect(r.total).toBe(2);
    expect(r.items.map((i) => i.url)).toEqual(['/specimens/1003', '/specimens/1004']);
  });

  it('finds the newest of many in an old date range too', async () => {
    const r = await search({ q: '银杏', from: '2023-06-01', to: '2025-12-31' });
    // 2023-06-01 … 2025-12-31 holds specimens 60 … 1004: 945 of them, more than are counted.
    expect(r.total).toBe(500);
    expect(r.totalExact).toBe(false);
    expect(r.items[0]?.url).toBe('/specimens/60');
  });

  it('counts exactly below the cap (2025: 365 days)', async () => {
    const r = await search({ q: '银杏', from: '2025-01-01', to: '2025-12-31' });
    // 2025-12-31 is specimen 60, 2025-01-01 specimen 424.
    expect(r.total).toBe(365);
    expect(r.totalExact).toBe(true);
    expect(r.items[0]?.url).toBe('/specimens/60');
  });

  it('says "500 条以上" on the search page', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/search?q=${encodeURIComponent('银杏')}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('找到 500 条以上结果');
    expect(res.body).toContain('结果较多，只统计前 500 条');
  });

  it('does not treat the index’s month words as search terms', async () => {
    const r = await search({ q: 'ym202602' });
    expect(r.terms).toEqual([]);
    expect(r.total).toBe(0);
  });
});
