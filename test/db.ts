// A fresh, migrated database for one test file: cloned from the run's snapshot (PGlite) or
// template (PostgreSQL, when TEST_DATABASE_URL is set).
import fs from 'node:fs';
import pg from 'pg';
import { type Database, openDatabase } from '../src/platform/db/client.ts';

let counter = 0;
const urls = new WeakMap<Database, string>();

/**
 * A second connection pool to the same test database, as a second instance of the app would open
 * (PostgreSQL only); null on PGlite, whose embedded database one process holds alone.
 */
export async function openSecondInstance(database: Database): Promise<Database | null> {
  const url = urls.get(database);
  return url ? openDatabase({ databaseUrl: url, poolSize: 4 }) : null;
}

export async function createTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  const template = process.env.LZ_TEST_TEMPLATE;
  if (url && template) {
    const name = `lz_t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const u = new URL(url);
    u.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: u.toString(), poolSize: 4 });
    urls.set(database, u.toString());
    const close = database.close;
    database.close = async () => {
      await close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
      await c.end();
    };
    return database;
  }
  const snapshot = process.env.LZ_TEST_SNAPSHOT;
  if (!snapshot) throw new Error('test/global-setup.ts did not run (LZ_TEST_SNAPSHOT missing)');
  return openDatabase({ loadDataDir: new Blob([fs.readFileSync(snapshot)]) });
}
