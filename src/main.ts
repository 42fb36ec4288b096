// Start: config → database → migrate → built-in roles → demo data if empty → app → listen.
// With WORKERS > 1 (PostgreSQL only) this process prepares the database and then runs that many
// worker processes, each of which builds the app and listens on the shared port (cluster/workers.ts).
import { buildApp } from './app.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { DEMO_ACCOUNTS_TEXT } from './modules/org/index.ts';
import { startControlSocket } from './platform/backup/control.ts';
import { isWorker, startWorkers, workerCount } from './platform/cluster/workers.ts';
import type { Database } from './platform/db/client.ts';
import { openDatabase } from './platform/db/client.ts';
import { publicUrlWarning } from './platform/http/public-url.ts';
import { startJobs } from './platform/jobs/jobs.ts';
import { prepareDatabase } from './prepare.ts';

function banner(
  config: Config,
  kind: Database['kind'],
  port: number,
  ms: number,
  demo: boolean,
  workers = 1,
) {
  const url = `http://localhost:${port}`;
  const processes = workers > 1 ? `，${workers} 个服务进程` : '';
  console.log(
    `\n林政平台已启动（${kind === 'pglite' ? `嵌入式数据库 ${config.DATA_DIR}` : 'PostgreSQL'}${processes}，用时 ${ms} ms）`,
  );
  console.log(`  门户网站   ${url}/\n  工作台     ${url}/admin\n  接口文档   ${url}/api/docs`);
  if (demo) console.log('  已载入演示数据。');
  if (config.DEMO_DATA) console.log(DEMO_ACCOUNTS_TEXT);
}

/** The primary of a multi-process server: prepares the database, then runs and supervises the workers. */
async function runPrimary(config: Config, count: number) {
  const started = Date.now();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, poolSize: 2 });
  let demo: boolean;
  try {
    demo = await prepareDatabase(database, config);
  } finally {
    await database.close();
  }
  const primary = startWorkers({
    count,
    onRestart: ({ pid, code, signal }) =>
      console.error(`服务进程 ${pid ?? ''} 意外退出（${code ?? signal}），已重新启动一个`),
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n收到 ${signal}，正在关闭…`);
    await primary.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  const port = await primary.listening;
  banner(config, 'postgres', port, Date.now() - started, demo, count);
}

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
  const addressWarning = publicUrlWarning(config);
  if (addressWarning && !isWorker()) console.warn(addressWarning);
  const count = workerCount(config.WORKERS, config.DATABASE_URL ? 'postgres' : 'pglite');
  if (count > 1 && !isWorker()) return runPrimary(config, count);
  const started = Date.now();
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL || undefined,
    dataDir: `${config.DATA_DIR}/pgdata`,
    lockWaitMs: config.DATA_DIR_LOCK_WAIT_SECONDS * 1000,
  });
  // A worker's primary has prepared the database already.
  const demo = isWorker() ? false : await prepareDatabase(database, config);
  const app = await buildApp({ config, database });
  const jobs = startJobs(app, database, config);
  // Embedded mode: `npm run backup` asks this process for an online backup over DATA_DIR/control.sock.
  const control =
    database.kind === 'pglite' ? await startControlSocket({ database, config, log: app.log }) : null;
  await app.listen({ port: config.PORT, host: config.HOST });
  const port = (app.server.address() as { port: number }).port;
  if (!isWorker()) banner(config, database.kind, port, Date.now() - started, demo);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    // First of all: a restart started now waits for this process instead of failing (datadir-lock.ts).
    database.markStopping?.();
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
