// Start: config → database → migrate → built-in roles → demo data if empty → app → listen.
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DEMO_ACCOUNTS_TEXT, loadDemoDataIfEmpty } from './modules/org/index.ts';
import { loadPortalDemoIfEmpty } from './modules/portal/index.ts';
import { loadPortalOpsDemoIfEmpty } from './modules/portal-ops/index.ts';
import { ensureBuiltinRoles } from './platform/access/bootstrap.ts';
import { startControlSocket } from './platform/backup/control.ts';
import { seedCalendarFromPackage } from './platform/calendar/index.ts';
import { systemCtx } from './platform/context.ts';
import { createSm4Cipher, resolveSm4Key } from './platform/crypto/sm.ts';
import { openDatabase } from './platform/db/client.ts';
import { migrate } from './platform/db/migrate.ts';
import { startJobs } from './platform/jobs/jobs.ts';

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }
  const started = Date.now();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL || undefined,
    dataDir: `${config.DATA_DIR}/pgdata`,
  });
  await migrate(database);
  await ensureBuiltinRoles(database.db, new Date());
  // The working-day calendar: years chinese-days knows and the database lacks (idempotent).
  const cipher = createSm4Cipher(resolveSm4Key(config.SM4_KEY, config.DATA_DIR));
  await seedCalendarFromPackage(systemCtx(database, { config, cipher, now: () => new Date() }));
  const demo = config.DEMO_DATA ? await loadDemoDataIfEmpty(database, config) : false;
  // The portal's columns and articles, once the organisation's units are there.
  if (config.DEMO_DATA) await loadPortalDemoIfEmpty(database, config);
  if (config.DEMO_DATA) await loadPortalOpsDemoIfEmpty(database, config);
  const app = await buildApp({ config, database });
  const jobs = startJobs(app, database, config);
  // Embedded mode: `npm run backup` asks this process for an online backup over DATA_DIR/control.sock.
  const control =
    database.kind === 'pglite' ? await startControlSocket({ database, config, log: app.log }) : null;
  await app.listen({ port: config.PORT, host: config.HOST });
  const url = `http://localhost:${(app.server.address() as { port: number }).port}`;
  console.log(
    `\n林政平台已启动（${database.kind === 'pglite' ? `嵌入式数据库 ${config.DATA_DIR}` : 'PostgreSQL'}，用时 ${Date.now() - started} ms）`,
  );
  console.log(`  门户网站   ${url}/\n  工作台     ${url}/admin\n  接口文档   ${url}/api/docs`);
  if (demo) console.log('  已载入演示数据。');
  if (config.DEMO_DATA) console.log(DEMO_ACCOUNTS_TEXT);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n收到 ${signal}，正在关闭…`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await jobs.stop();
    await control?.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
