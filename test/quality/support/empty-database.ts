// An empty database (not migrated): PGlite in memory, or a new database on the TEST_DATABASE_URL
// server, dropped on close. Restores and multi-instance runs start from one.
import pg from 'pg';
import { type Database, openDatabase } from '../../../src/platform/db/client.ts';

let counter = 0;

/** A connection string for a new, empty database on the test server (dropped by drop()). */
export async function createEmptyPostgres(prefix = 'lz_q'): Promise<{ url: string; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
      await c.end();
    },
  };
}

/** An empty database of the kind the suite runs on. */
export async function createEmptyDatabase(): Promise<Database> {
  if (!process.env.TEST_DATABASE_URL) return openDatabase({});
  const { url, drop } = await createEmptyPostgres();
  const database = await openDatabase({ databaseUrl: url, poolSize: 4 });
  const close = database.close;
  database.close = async () => {
    await close();
    await drop();
  };
  return database;
}
