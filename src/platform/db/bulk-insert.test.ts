// Rows written through one JSON parameter read back exactly as Drizzle's own insert would have
// written them: text with quotes, NULLs, timestamps to the millisecond, JSON, defaults.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app.ts';
import { clocks } from '../calendar/calendar.table.ts';
import { storedFiles } from '../files/files.table.ts';
import { insertAll, insertRows, rowsOf } from './bulk-insert.ts';

let t: TestApp;
beforeAll(async () => {
  t = await buildTestApp();
});
afterAll(() => t.close());

const AT = new Date('2026-11-27T03:04:05.678Z');

function file(i: number, name: string) {
  return {
    id: crypto.randomUUID(),
    driver: 'local',
    storageKey: `test/2026/11/${i}`,
    fileName: name,
    contentType: 'application/pdf',
    sizeBytes: 1000 + i,
    sha256: 'ab'.repeat(32),
    ownerAccountId: i % 2 ? null : crypto.randomUUID(),
    purpose: 'test.bulk',
    createdAt: AT,
  };
}

describe('insertAll', () => {
  it('stores every row as given: awkward text, NULLs and the exact instant', async () => {
    const names = ['O\'Brien \\ 申请书"第1版".pdf', '{"not":"json"}', '松材线虫病\n除治方案 🌲.pdf'];
    const rows = names.map((n, i) => file(i, n));
    await insertAll(t.database.db, storedFiles, rows);
    const stored = await t.database.db.select().from(storedFiles).where(eq(storedFiles.purpose, 'test.bulk'));
    expect(stored.map((r) => r.fileName).sort()).toEqual([...names].sort());
    for (const row of rows) {
      const back = stored.find((r) => r.id === row.id)!;
      expect(back).toEqual(row);
      expect(back.createdAt.getTime()).toBe(AT.getTime());
    }
  });

  it('writes 500 rows in one statement', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => ({ ...file(i, `f${i}.pdf`), purpose: 'test.many' }));
    await insertAll(t.database.db, storedFiles, rows);
    const [{ n }] = await t.database.query<{ n: string }>(
      "select count(*)::text n from stored_files where purpose = 'test.many'",
    );
    expect(n).toBe('500');
  });

  it('returns rows as a select gives them, with the column defaults filled in', async () => {
    const explanation = { skipped: ['2026-10-01'], note: '国庆节 "假期"' };
    const insert = insertRows(
      clocks,
      [
        {
          subjectType: 'test',
          subjectId: 'bulk-1',
          label: '测试计时',
          startedAt: AT,
          limitValue: 20,
          limitUnit: 'workdays',
          dueAt: null,
          explanation: explanation as never,
        },
      ],
      { returning: 'all' },
    );
    const [row] = rowsOf(clocks, await t.database.db.execute(insert));
    expect(row.id).toMatch(/^[0-9a-f-]{36}$/); // defaultRandom()
    expect(row.status).toBe('running'); // default('running')
    expect(row.createdAt).toBeInstanceOf(Date); // default now()
    expect(row.startedAt).toEqual(AT);
    expect(row.explanation).toEqual(explanation);
    const [read] = await t.database.db.select().from(clocks).where(eq(clocks.id, row.id));
    expect(row).toEqual(read);
  });

  it('refuses rows with different keys, and an undefined value, before touching the database', async () => {
    const a = file(1, 'a.pdf');
    const { ownerAccountId: _, ...b } = file(2, 'b.pdf');
    await expect(insertAll(t.database.db, storedFiles, [a, b as typeof a])).rejects.toThrow(/other keys/);
    await expect(
      insertAll(t.database.db, storedFiles, [{ ...a, sha256: undefined as never }]),
    ).rejects.toThrow(/sha256 undefined/);
    const [{ n }] = await t.database.query<{ n: string }>(
      'select count(*)::text n from stored_files where id = $1',
      [a.id],
    );
    expect(n).toBe('0');
  });
});
