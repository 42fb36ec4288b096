// Inserting many rows in one statement whose text does not depend on how many (批量插入). Drizzle's
// insert builder walks every value of every row (about 100 µs per row of a wide table such as
// service_cases), and its text grows with the rows, so PostgreSQL parses and plans it afresh each
// time. Here the rows travel as one JSON parameter that json_populate_recordset turns into rows of
// the table's own type: the statement is the same for one row or fifty, and building it costs a few
// microseconds. Used where many rows are written per request (an application's files and materials,
// a batch of applications).
//
// The rows are the table's insert objects (TypeScript keys, as for db.insert(table).values(rows)),
// with two rules: every row has the same keys (a key left out is the column's default for every row;
// undefined is not allowed), and a column with a JavaScript-side default ($defaultFn) must be given.
import { type Column, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client.ts';

interface TableInfo {
  name: string;
  /** TypeScript key → column name. */
  columns: Map<string, string>;
  /** Column name → TypeScript key and column (for returned rows). */
  keys: Map<string, { key: string; column: Column }>;
  /** The statement's text for a set of keys (joined with ','). */
  texts: Map<string, { head: string; tail: string }>;
}

const infos = new WeakMap<PgTable, TableInfo>();

function infoOf(table: PgTable): TableInfo {
  let info = infos.get(table);
  if (info) return info;
  const config = getTableConfig(table);
  const columns = new Map<string, string>();
  const keys = new Map<string, { key: string; column: Column }>();
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const name = column.keyAsName ? toSnakeCase(key) : column.name;
    columns.set(key, name);
    keys.set(name, { key, column });
  }
  info = {
    name: config.schema ? `"${config.schema}"."${config.name}"` : `"${config.name}"`,
    columns,
    keys,
    texts: new Map(),
  };
  infos.set(table, info);
  return info;
}

/**
 * The insert of rows into table as one statement (for db.execute, or inside a `with` of a bigger
 * one). returning: 'all' adds `returning *` (map the rows back with rowsOf).
 */
export function insertRows<T extends PgTable>(
  table: T,
  rows: ReadonlyArray<T['$inferInsert']>,
  options: { returning?: 'all' } = {},
): SQL {
  if (rows.length === 0) throw new Error('insertRows: no rows');
  const info = infoOf(table);
  const keys = Object.keys(rows[0] as object);
  const signature = keys.join(',');
  let text = info.texts.get(signature);
  if (!text) {
    const names = keys.map((k) => {
      const column = info.columns.get(k);
      if (!column) throw new Error(`insertRows: ${info.name} has no column ${k}`);
      return `"${column}"`;
    });
    const list = names.join(', ');
    text = {
      head: `insert into ${info.name} (${list}) select ${list} from json_populate_recordset(null::${info.name}, `,
      tail: '::json)',
    };
    info.texts.set(signature, text);
  }
  const payload: Array<Record<string, unknown>> = [];
  for (const [i, row] of rows.entries()) {
    const r = row as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let n = 0;
    for (const k in r) {
      const v = r[k];
      if (v === undefined) throw new Error(`insertRows: row ${i} of ${info.name} has ${k} undefined`);
      out[info.columns.get(k) ?? k] = v;
      n++;
    }
    if (n !== keys.length || keys.some((k) => !(k in r)))
      throw new Error(`insertRows: row ${i} of ${info.name} has other keys than row 0`);
    payload.push(out);
  }
  const statement = sql`${sql.raw(text.head)}${JSON.stringify(payload)}${sql.raw(text.tail)}`;
  return options.returning === 'all' ? sql`${statement} returning *` : statement;
}

/**
 * Rows returned by an insertRows(…, { returning: 'all' }) statement, with the table's keys and
 * values as a select through Drizzle gives them (timestamps as Date, whichever the driver).
 */
export function rowsOf<T extends PgTable>(table: T, result: unknown): Array<T['$inferSelect']> {
  const info = infoOf(table);
  const raw = (result as { rows: Array<Record<string, unknown>> }).rows;
  return raw.map((r) => {
    const out: Record<string, unknown> = {};
    for (const name in r) {
      const known = info.keys.get(name);
      const v = r[name];
      if (!known) out[name] = v;
      else out[known.key] = v === null ? null : known.column.mapFromDriverValue(v);
    }
    return out as T['$inferSelect'];
  });
}

/** Inserts rows (one statement) and returns nothing. */
export async function insertAll<T extends PgTable>(
  db: Db,
  table: T,
  rows: ReadonlyArray<T['$inferInsert']>,
): Promise<void> {
  if (rows.length) await db.execute(insertRows(table, rows));
}
