// A digest of the business tables: every row of every table, except those a refused request may
// rightly write (the audit log records the refusal; sessions and login counters track the caller;
// outgoing messages announce the denial). Two equal digests mean nothing else changed.
import crypto from 'node:crypto';
import type { Database } from '../src/platform/db/client.ts';

const NOT_BUSINESS = new Set([
  'audit_log',
  'audit_checkpoints',
  'audit_chain_head',
  'sessions',
  'login_failures',
  'human_checks',
  'deliveries',
  'notifications',
  'reminder_keys',
  '__drizzle_migrations',
]);

export async function businessDigest(database: Database): Promise<Record<string, string>> {
  const tables = await database.query<{ name: string; table: string }>(
    `select format('%I.%I', schemaname, tablename) as name, tablename as table from pg_tables
      where schemaname not in ('pg_catalog', 'information_schema', 'drizzle') order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name, table } of tables) {
    if (NOT_BUSINESS.has(table)) continue;
    const rows = await database.query<{ r: string }>(`select t::text as r from ${name} t order by 1`);
    out[name] = crypto
      .createHash('sha256')
      .update(rows.map((x) => x.r).join('\n'))
      .digest('hex');
  }
  return out;
}

/** The tables whose digest differs. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
}
