// A prepared statement gives back exactly the values it was given, however they are quoted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { queryPrepared } from './prepared.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const ECHO = 'select $1::text as s, $2::int as n, $3::text[] as a';

describe('queryPrepared', () => {
  it('returns quotes, backslashes and Chinese text unchanged, call after call', async () => {
    const tricky = "O'Brien \\ 松材线虫病 \\' ''; drop table settings; --";
    for (const n of [1, 2]) {
      const [row] = await queryPrepared<{ s: string; n: number; a: string[] }>(t.database, ECHO, [
        tricky,
        n,
        ['甲', "乙'", '丙\\'],
      ]);
      expect(row).toEqual({ s: tricky, n, a: ['甲', "乙'", '丙\\'] });
    }
    // The text after the quote stayed text: the table is still there.
    expect(await t.database.query("select to_regclass('settings')::text as r")).toEqual([{ r: 'settings' }]);
  });

  it('refuses a NUL as PostgreSQL itself does, and keeps working after', async () => {
    await expect(queryPrepared(t.database, ECHO, ['a\0b', 1, []])).rejects.toThrow();
    const [row] = await queryPrepared<{ s: string }>(t.database, ECHO, ['after', 3, []]);
    expect(row.s).toBe('after');
  });
});
