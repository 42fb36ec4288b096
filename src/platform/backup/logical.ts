// Logical export and import of the whole database, the same on PGlite and PostgreSQL (so a backup of
// the embedded database restores into a PostgreSQL server and back). Like pg_dump, the export reads
// every table inside one REPEATABLE READ READ ONLY transaction: one consistent snapshot while the
// platform keeps running. Rows travel as JSON lines (row_to_json / json_populate_recordset, each
// column through its type's own text form); the schema is not dumped but rebuilt by the committed
// migrations the backup records, which is how the platform builds every database anyway.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from '../db/client.ts';
import { migrationsFolder } from '../db/migrate.ts';

/** One statement runner inside the snapshot (or the restore transaction). */
export interface SqlSession {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface TableInfo {
  /** "schema.table" */
  name: string;
  schema: string;
  table: string;
  oid: string;
  columns: string[];
  /** Columns computed by the database (GENERATED ALWAYS AS …): not inserted on restore. */
  generated: string[];
}

export interface TableEntry {
  name: string;
  file: string;
  rows: number;
  sha256: string;
}

export interface MigrationEntry {
  hash: string;
  createdAt: string;
}

export interface DatabaseExport {
  kind: 'pglite' | 'postgres';
  serverVersion: string;
  migrations: MigrationEntry[];
  /** In restore order: every table after the tables it references. */
  tables: TableEntry[];
  sequences: Array<{ name: string; value: string }>;
}

const qi = (name: string) => `"${name.replaceAll('"', '""')}"`;
const qualified = (t: { schema: string; table: string }) => `${qi(t.schema)}.${qi(t.table)}`;

/** Runs fn in a transaction on one connection: REPEATABLE READ READ ONLY for a snapshot. */
export async function withTransaction<T>(
  database: Database,
  mode: 'snapshot' | 'write',
  fn: (s: SqlSession) => Promise<T>,
): Promise<T> {
  const begin =
    mode === 'snapshot' ? 'set transaction isolation level repeatable read, read only' : 'select 1';
  if (database.kind === 'pglite') {
    return database.pglite!.transaction(async (tx) => {
      await tx.query(begin);
      return fn({ query: async (text, params) => (await tx.query(text, params)).rows as never });
    });
  }
  const client = await database.pool!.connect();
  try {
    await client.query('begin');
    await client.query(begin);
    const result = await fn({ query: async (text, params) => (await client.query(text, params)).rows });
    await client.query('commit');
    return result;
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** Every user table (not drizzle's bookkeeping), with its columns. */
export async function listTables(s: SqlSession): Promise<TableInfo[]> {
  const tables = await s.query<{ schema: string; table: string; oid: string }>(
    `select n.nspname as schema, c.relname as table, c.oid::bigint::text as oid
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition
        and n.nspname not in ('pg_catalog', 'information_schema', 'drizzle')
        and n.nspname not like 'pg\\_%'
      order by 1, 2`,
  );
  const columns = await s.query<{ oid: string; name: string; generated: boolean }>(
    `select a.attrelid::bigint::text as oid, a.attname as name, a.attgenerated <> '' as generated
       from pg_attribute a
      where a.attnum > 0 and not a.attisdropped
        and a.attrelid in (select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where c.relkind in ('r', 'p')
                              and n.nspname not in ('pg_catalog', 'information_schema', 'drizzle')
                              and n.nspname not like 'pg\\_%')
      order by a.attrelid, a.attnum`,
  );
  return tables.map((t) => {
    const cols = columns.filter((c) => c.oid === t.oid);
    return {
      ...t,
      name: `${t.schema}.${t.table}`,
      columns: cols.map((c) => c.name),
      generated: cols.filter((c) => c.generated).map((c) => c.name),
    };
  });
}

/** Tables ordered so that each comes after the tables its foreign keys point to. */
export async function restoreOrder(s: SqlSession, tables: TableInfo[]): Promise<TableInfo[]> {
  const edges = await s.query<{ child: string; parent: string }>(
    `select conrelid::bigint::text as child, confrelid::bigint::text as parent
       from pg_constraint where contype = 'f' and conrelid <> confrelid`,
  );
  const byOid = new Map(tables.map((t) => [t.oid, t]));
  const needs = new Map(tables.map((t) => [t.oid, new Set<string>()]));
  for (const e of edges) if (byOid.has(e.child) && byOid.has(e.parent)) needs.get(e.child)!.add(e.parent);
  const out: TableInfo[] = [];
  const done = new Set<string>();
  while (out.length < tables.length) {
    const ready = tables.filter((t) => !done.has(t.oid) && [...needs.get(t.oid)!].every((p) => done.has(p)));
    if (ready.length === 0) {
      const left = tables.filter((t) => !done.has(t.oid)).map((t) => t.name);
      throw new Error(`外键形成环，无法确定恢复顺序：${left.join('、')}`);
    }
    for (const t of ready) {
      out.push(t);
      done.add(t.oid);
    }
  }
  return out;
}

async function appliedMigrations(s: SqlSession): Promise<MigrationEntry[]> {
  const [exists] = await s.query<{ ok: boolean }>(
    `select to_regclass('drizzle.__drizzle_migrations') is not null as ok`,
  );
  if (!exists?.ok) return [];
  const rows = await s.query<{ hash: string; created_at: string }>(
    'select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by created_at, id',
  );
  return rows.map((r) => ({ hash: r.hash, createdAt: r.created_at }));
}

/** The tables' rows into dir/db/*.jsonl.gz, from one snapshot. */
export async function exportDatabase(database: Database, dir: string): Promise<DatabaseExport> {
  fs.mkdirSync(path.join(dir, 'db'), { recursive: true });
  return withTransaction(database, 'snapshot', async (s) => {
    const [{ version }] = await s.query<{ version: string }>('select version() as version');
    const migrations = await appliedMigrations(s);
    const tables = await restoreOrder(
      s,
      (await listTables(s)).filter((t) => !isMark(t)),
    );
    const entries: TableEntry[] = [];
    for (const t of tables) {
      const file = `db/${t.name}.jsonl.gz`;
      const hash = crypto.createHash('sha256');
      const gzip = zlib.createGzip();
      const out = fs.createWriteStream(path.join(dir, file));
      const finished = new Promise<void>((resolve, reject) => {
        out.on('finish', resolve);
        out.on('error', reject);
        gzip.on('error', reject);
      });
      gzip.pipe(out);
      let rows = 0;
      await s.query(
        `declare lz_export no scroll cursor for select row_to_json(t)::text as j from ${qualified(t)} t`,
      );
      for (;;) {
        const batch = await s.query<{ j: string }>('fetch 1000 from lz_export');
        for (const r of batch) {
          const line = `${r.j}\n`;
          hash.update(line);
          if (!gzip.write(line)) await new Promise((resolve) => gzip.once('drain', resolve));
        }
        rows += batch.length;
        if (batch.length < 1000) break;
      }
      await s.query('close lz_export');
      gzip.end();
      await finished;
      entries.push({ name: t.name, file, rows, sha256: hash.digest('hex') });
    }
    const sequences = await s.query<{ name: string; value: string }>(
      `select format('%I.%I', schemaname, sequencename) as name, last_value::text as value
         from pg_sequences
        where last_value is not null and schemaname not in ('pg_catalog', 'information_schema', 'drizzle')
        order by 1`,
    );
    return {
      kind: database.kind,
      serverVersion: version,
      migrations,
      tables: entries,
      sequences,
    };
  });
}

/** The committed migrations of this code, oldest first. */
export function codeMigrations(): MigrationEntry[] {
  return readMigrationFiles({ migrationsFolder }).map((m) => ({
    hash: m.hash,
    createdAt: String(m.folderMillis),
  }));
}

/**
 * The backup's migrations must be the first ones of this code (a backup from newer code cannot be
 * restored by older code). Returns how many to apply before loading the rows.
 */
export function migrationPrefix(backup: MigrationEntry[], code: MigrationEntry[]): number {
  if (backup.length > code.length)
    throw new Error(
      `备份来自较新的版本（含 ${backup.length} 个数据库迁移，本程序只有 ${code.length} 个），请用相同或更新的版本恢复。`,
    );
  backup.forEach((m, i) => {
    if (code[i]!.createdAt !== m.createdAt)
      throw new Error(`备份的第 ${i + 1} 个数据库迁移与本程序不符（时间戳 ${m.createdAt}），无法恢复。`);
  });
  return backup.length;
}

/** Applies the first n committed migrations (a copy of the folder with a shortened journal). */
async function migrateFirst(database: Database, n: number): Promise<void> {
  if (n === 0) return;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-restore-migrations-'));
  try {
    const journal = JSON.parse(
      fs.readFileSync(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8'),
    ) as {
      entries: Array<{ tag: string }>;
    };
    journal.entries = journal.entries.slice(0, n);
    fs.mkdirSync(path.join(tmp, 'meta'));
    fs.writeFileSync(path.join(tmp, 'meta/_journal.json'), JSON.stringify(journal));
    for (const e of journal.entries)
      fs.copyFileSync(path.join(migrationsFolder, `${e.tag}.sql`), path.join(tmp, `${e.tag}.sql`));
    // biome-ignore lint/suspicious/noExplicitAny: drizzle's migrators want their own driver types
    if (database.kind === 'pglite') await migratePglite(database.db as any, { migrationsFolder: tmp });
    // biome-ignore lint/suspicious/noExplicitAny: drizzle's migrators want their own driver types
    else await migrateNodePg(database.db as any, { migrationsFolder: tmp });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** True when the database holds no table of ours and no applied migration. */
/**
 * The mark a restore sets in the target database before it writes anything (committed on its own),
 * and removes in the transaction that loads the rows: a restore killed part-way leaves the mark
 * with whatever it had made (the tables of the migrations, no rows), and the next restore clears a
 * database that holds the mark — everything in it is the interrupted restore's — and starts again.
 */
export const RESTORE_MARK = 'lz_restore_in_progress';

const isMark = (t: TableInfo) => t.table === RESTORE_MARK;

export async function isEmptyDatabase(database: Database): Promise<boolean> {
  return withTransaction(database, 'snapshot', async (s) => {
    if ((await appliedMigrations(s)).length > 0) return false;
    return (await listTables(s)).filter((t) => !isMark(t)).length === 0;
  });
}

/** Whether the database holds a restore's mark (an interrupted restore). */
export async function hasRestoreMark(database: Database): Promise<boolean> {
  const [row] = await database.query<{ ok: boolean }>(
    `select to_regclass('public.${RESTORE_MARK}') is not null as ok`,
  );
  return Boolean(row?.ok);
}

/**
 * Prepares the target of a restore: an empty database gets the mark; one holding the mark (a restore
 * interrupted before) is cleared of what that restore made — its tables and migration records —
 * keeping the mark; any other database is refused. Returns whether an interrupted restore was cleared.
 */
export async function beginRestore(database: Database): Promise<{ cleared: boolean }> {
  if (await hasRestoreMark(database)) {
    await withTransaction(database, 'write', async (s) => {
      for (const t of await listTables(s))
        if (!isMark(t)) await s.query(`drop table if exists ${qualified(t)} cascade`);
      await s.query('drop table if exists drizzle.__drizzle_migrations');
    });
    return { cleared: true };
  }
  if (!(await isEmptyDatabase(database))) throw new Error('目标数据库不是空的：恢复只能写入空的数据库。');
  await database.query(`create table public.${RESTORE_MARK} (started_at timestamptz not null default now())`);
  await database.query(`insert into public.${RESTORE_MARK} default values`);
  return { cleared: false };
}

async function* readLines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  const lines = readline.createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line) yield line;
}

/**
 * Loads an export into an EMPTY database: the recorded migrations, then every table in order, then
 * the sequences — all in one transaction, so a failed restore leaves nothing behind.
 */
export async function importDatabase(database: Database, dir: string, exp: DatabaseExport): Promise<void> {
  await beginRestore(database);
  const n = migrationPrefix(exp.migrations, codeMigrations());
  await migrateFirst(database, n);
  await withTransaction(database, 'write', async (s) => {
    const tables = new Map((await listTables(s)).filter((t) => !isMark(t)).map((t) => [t.name, t]));
    for (const entry of exp.tables) {
      const t = tables.get(entry.name);
      if (!t) throw new Error(`备份中的表 ${entry.name} 在恢复后的数据库中不存在。`);
      const cols = t.columns.filter((c) => !t.generated.includes(c)).map(qi);
      const insert =
        `insert into ${qualified(t)} (${cols.join(', ')}) overriding system value ` +
        `select ${cols.join(', ')} from json_populate_recordset(null::${qualified(t)}, $1::json)`;
      let batch: string[] = [];
      let bytes = 0;
      let rows = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        await s.query(insert, [`[${batch.join(',')}]`]);
        rows += batch.length;
        batch = [];
        bytes = 0;
      };
      for await (const line of readLines(path.join(dir, entry.file))) {
        batch.push(line);
        bytes += line.length;
        if (batch.length >= 500 || bytes > 4_000_000) await flush();
      }
      await flush();
      if (rows !== entry.rows)
        throw new Error(`表 ${entry.name} 恢复了 ${rows} 行，备份清单记载 ${entry.rows} 行。`);
    }
    for (const seq of exp.sequences)
      await s.query('select setval($1::regclass, $2::bigint, true)', [seq.name, seq.value]);
    // The switch: the rows and the mark's removal commit together.
    await s.query(`drop table public.${RESTORE_MARK}`);
  });
}

/**
 * Row count and an MD5 over every row's text (sorted) of each table, for comparing two databases
 * (the backup test, and `npm run restore -- --verify`).
 */
export async function fingerprintTables(
  database: Database,
): Promise<Record<string, { rows: number; md5: string }>> {
  return withTransaction(database, 'snapshot', async (s) => {
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const t of await listTables(s)) {
      const [r] = await s.query<{ rows: number; md5: string }>(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as md5
           from ${qualified(t)} t`,
      );
      out[t.name] = { rows: r!.rows, md5: r!.md5 };
    }
    return out;
  });
}
