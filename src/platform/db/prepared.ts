// Reusing a statement's plan on PGlite (预备语句). PGlite's query() has no named statements, so it
// plans every statement afresh — ~0.7 ms of a ~4.5 ms search. queryPrepared PREPAREs a statement once
// per database and EXECUTEs it after, so PostgreSQL keeps its plan. Only for statements whose best
// plan does not depend on the values (the caller knows: a wide date range may want another plan than
// a narrow one). EXECUTE takes its values as literals: strings as E'…' with backslash and quote
// escaped (NUL refused), integers only when safe, arrays of those as text[]. On PostgreSQL servers,
// and when anything about the prepared statement fails, the statement runs as usual with parameters.
import type { Database } from './client.ts';

const sessions = new WeakMap<Database, { made: number; names: Map<string, Promise<string>> }>();

function literal(v: unknown): string {
  if (Array.isArray(v)) return `array[${v.map(literal).join(', ')}]::text[]`;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
  if (typeof v === 'string' && !v.includes('\0'))
    return `E'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  throw new Error(`no SQL literal for a ${typeof v}`);
}

/** Rows of `text` with `params` ($1, $2, … of type text, int or text[]), planned once on PGlite. */
export async function queryPrepared<T>(database: Database, text: string, params: unknown[]): Promise<T[]> {
  if (database.kind !== 'pglite') return database.query<T>(text, params);
  let session = sessions.get(database);
  if (!session) {
    session = { made: 0, names: new Map() };
    sessions.set(database, session);
  }
  let pending = session.names.get(text);
  if (!pending) {
    const name = `lz_prepared_${++session.made}`;
    const types = params.map((v) => (Array.isArray(v) ? 'text[]' : typeof v === 'number' ? 'int' : 'text'));
    pending = database.query(`prepare ${name}(${types.join(', ')}) as ${text}`).then(() => name);
    session.names.set(text, pending);
  }
  try {
    const name = await pending;
    return await database.query<T>(`execute ${name}(${params.map(literal).join(', ')})`);
  } catch {
    // The PREPARE failed, or the session no longer has the statement: plan this one as usual, and
    // prepare it afresh next time.
    if (session.names.get(text) === pending) session.names.delete(text);
    return database.query<T>(text, params);
  }
}
