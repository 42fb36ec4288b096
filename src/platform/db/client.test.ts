// Reads issued together inside a transaction on PostgreSQL: they share the transaction's one
// connection, so the platform sends them one after another instead of leaning on pg's deprecated
// queue (the warning "client.query() when the client is already executing a query" at every start).
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';

const rowsOf = (result: unknown) => (result as { rows: { n: number }[] }).rows;

// On PostgreSQL only (npm run test:pg): PGlite has one connection and no pg client.
describe.skipIf(!process.env.TEST_DATABASE_URL)('pooled connections', () => {
  it('runs reads issued together in a transaction in order, with no deprecation warning', async () => {
    const database = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, poolSize: 2 });
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const order: number[] = [];
      const rows = await database.db.transaction(async (tx) =>
        Promise.all(
          [3, 1, 2, 5, 4].map(async (n) => {
            // The slowest first: sent one after another, they still finish in the order issued.
            const [row] = rowsOf(await tx.execute(sql`select ${n}::int as n, pg_sleep(${n / 100})`));
            order.push(row.n);
            return row.n;
          }),
        ),
      );
      expect(rows).toEqual([3, 1, 2, 5, 4]);
      expect(order).toEqual([3, 1, 2, 5, 4]);
      // A failed statement rejects its own promise only; the next one after the transaction runs.
      await expect(database.db.execute(sql`select 1/0`)).rejects.toThrow();
      const [after] = rowsOf(await database.db.execute(sql`select 7 as n`));
      expect(after.n).toBe(7);
      await new Promise((r) => setImmediate(r));
      expect(warnings.filter((m) => m.includes('already executing a query'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      await database.close();
    }
  });
});
