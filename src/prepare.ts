// What a start does to the database before serving (src/main.ts, and the benchmark server): the
// migrations, the built-in roles, the working-day calendar and, when DEMO_DATA is set, each
// module's demo data (its `demo` hook, in MODULES order: the organisation before the portal's
// columns that name its units, the catalogue's items before the cases).
import { MODULES } from './app.ts';
import type { Config } from './config.ts';
import { ensureBuiltinRoles } from './platform/access/bootstrap.ts';
import { seedCalendarFromPackage } from './platform/calendar/index.ts';
import { systemCtx } from './platform/context.ts';
import { createSm4Cipher, resolveSm4Key } from './platform/crypto/sm.ts';
import type { Database } from './platform/db/client.ts';
import { migrate } from './platform/db/migrate.ts';
import { installModules } from './platform/module.ts';

/** Idempotent; returns true when some module loaded demo data (into an empty database). */
export async function prepareDatabase(database: Database, config: Config): Promise<boolean> {
  installModules(MODULES);
  await migrate(database);
  await ensureBuiltinRoles(database.db, new Date());
  const deps = {
    config,
    cipher: createSm4Cipher(resolveSm4Key(config.SM4_KEY, config.DATA_DIR)),
    now: () => new Date(),
  };
  // The working-day calendar: years chinese-days knows and the database lacks (idempotent).
  await seedCalendarFromPackage(systemCtx(database, deps));
  if (!config.DEMO_DATA) return false;
  let loaded = false;
  for (const module of MODULES)
    if (module.demo && (await module.demo(systemCtx(database, deps, `demo:${module.name}`)))) loaded = true;
  return loaded;
}
