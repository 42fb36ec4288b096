// "Never a partial write": which tables a request changed. Before: the current transaction id and
// each table's row count; after: rows whose xmin is newer (inserted or updated since) and the
// counts again (deleted). Works the same on PGlite and PostgreSQL, in one query each way.
import { listTables, withTransaction } from '../../../src/platform/backup/logical.ts';
import type { Database } from '../../../src/platform/db/client.ts';

export interface ChangeWatch {
  /** Marks now; changed() reports what happened after it. */
  mark(): Promise<void>;
  changed(): Promise<string[]>;
}

export async function watchChanges(database: Database, exempt: string[]): Promise<ChangeWatch> {
  const tables = await withTransaction(database, 'snapshot', (s) => listTables(s));
  const watched = tables.filter((t) => !exempt.includes(t.name));
  const q = (t: { schema: string; table: string }) => `"${t.schema}"."${t.table}"`;
  let xid = 0n;
  let counts = new Map<string, number>();
  const countAll = async (since: bigint) => {
    const sql = watched
      .map(
        (t) =>
          `select '${t.name}' as t, count(*)::int as n, ` +
          `count(*) filter (where xmin::text::bigint > ${since})::int as fresh from ${q(t)}`,
      )
      .join(' union all ');
    return database.query<{ t: string; n: number; fresh: number }>(sql);
  };
  return {
    async mark() {
      const [row] = await database.query<{ x: string }>(
        `select (pg_current_xact_id()::text::bigint % 4294967296)::text as x`,
      );
      xid = BigInt(row!.x);
      counts = new Map((await countAll(xid)).map((r) => [r.t, r.n]));
    },
    async changed() {
      const rows = await countAll(xid);
      return rows
        .filter((r) => r.fresh > 0 || r.n !== counts.get(r.t))
        .map((r) => `${r.t}（新增或修改 ${r.fresh} 行，行数 ${counts.get(r.t)} → ${r.n}）`);
    },
  };
}
