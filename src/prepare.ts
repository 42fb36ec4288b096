// What a start does to the database before serving (src/main.ts, and the benchmark server): the
// migrations, the built-in roles, the working-day calendar and, when DEMO_DATA is set, the demo data.
import type { Config } from './config.ts';
import { loadDemoDataIfEmpty } from './modules/org/index.ts';
import { loadPortalDemoIfEmpty } from './modules/portal/index.ts';
import { loadPortalOpsDemoIfEmpty } from './modules/portal-ops/index.ts';
import { ensureBuiltinRoles } from './platform/access/bootstrap.ts';
import { seedCalendarFromPackage } from './platform/calendar/index.ts';
import { systemCtx } from './platform/context.ts';
import { createSm4Cipher, resolveSm4Key } from './platform/crypto/sm.ts';
import type { Database } from './platform/db/client.ts';
import { migrate } from './platform/db/migrate.ts';

/** Idempotent; returns true when it loaded the demo organisation (an empty database). */
export async function prepareDatabase(database: Database, config: Config): Promise<boolean> {
  await migrate(database);
  await ensureBuiltinRoles(database.db, new Date());
  // The working-day calendar: years chinese-days knows and the database lacks (idempotent).
  const cipher = createSm4Cipher(resolveSm4Key(config.SM4_KEY, config.DATA_DIR));
  await seedCalendarFromPackage(systemCtx(database, { config, cipher, now: () => new Date() }));
  const demo = config.DEMO_DATA ? await loadDemoDataIfEmpty(database, config) : false;
  // The portal's columns and articles, once the organisation's units are there.
  if (config.DEMO_DATA) await loadPortalDemoIfEmpty(database, config);
  if (config.DEMO_DATA) await loadPortalOpsDemoIfEmpty(database, config);
  return demo;
}
