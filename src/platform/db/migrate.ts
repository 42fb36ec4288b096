// Applies the committed SQL migrations in drizzle/ — the same files on PGlite and PostgreSQL.
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { fromRoot } from '../../paths.ts';
import type { Database } from './client.ts';

export const migrationsFolder = fromRoot('drizzle');

// Several instances may start at once on one server: one migrates, the others wait for it.
const MIGRATION_LOCK = 7_201_001;

export async function migrate(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    // biome-ignore lint/suspicious/noExplicitAny: drizzle's migrator wants its own driver type
    await migratePglite(database.db as any, { migrationsFolder });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    // biome-ignore lint/suspicious/noExplicitAny: drizzle's migrator wants its own driver type
    await migrateNodePg(database.db as any, { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
