// The benchmark server: the production app (buildApp, every module) on its own data directory, plus
// what the baselines need, in the same process so they share its CPU and its Node:
//   /bench/static/:file  a static file sent by the same @fastify/static as the site's assets
//   /bench/raw/...       the same work as a platform route, in raw SQL without the ORM or the hooks
//   a bare Fastify instance (no plugins, no hooks) on LZ_BENCH_BARE_PORT: GET /ping
// Then every registered benchmark's setup (data at LZ_BENCH_SCALE), then listen. No background jobs.
// With WORKERS > 1 (bench/run.ts --workers N, PostgreSQL) this process does all of that but listens
// only for the bare route, and N worker processes build the app, register the setups' routes
// (ServerSide.worker) and serve the port, as src/main.ts does in production.
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import Fastify from 'fastify';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { describeWalk, makeCalendar, walkWorkingDays } from '../src/platform/calendar/working-days.ts';
import { isWorker, startWorkers, workerCount } from '../src/platform/cluster/workers.ts';
import { systemCtx } from '../src/platform/context.ts';
import { createSm4Cipher, resolveSm4Key } from '../src/platform/crypto/sm.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { prepareDatabase } from '../src/prepare.ts';
import type { Scale } from './registry.ts';
import { loadBenchmarks, needingSetup } from './support/load-benchmarks.ts';

const config = loadConfig();
const scale = (process.env.LZ_BENCH_SCALE ?? 'small') as Scale;
const started = Date.now();
const worker = isWorker();
const workers = workerCount(config.WORKERS, config.DATABASE_URL ? 'postgres' : 'pglite');
const database = await openDatabase({
  databaseUrl: config.DATABASE_URL || undefined,
  dataDir: path.join(config.DATA_DIR, 'pgdata'),
});
const deps = {
  config,
  cipher: createSm4Cipher(resolveSm4Key(config.SM4_KEY, config.DATA_DIR)),
  now: () => new Date(),
};
// What src/main.ts does before serving (the runner sets DEMO_DATA=true); a worker's primary did it.
if (!worker) await prepareDatabase(database, config);
const app = await buildApp({ config, database });

const staticDir = path.join(config.DATA_DIR, 'bench-static');
fs.mkdirSync(staticDir, { recursive: true });
app.get('/bench/static/:file', { schema: { hide: true } }, async (request, reply) =>
  reply.sendFile((request.params as { file: string }).file, staticDir),
);

// /api/calendar/due's two queries in raw SQL, then the same walk over the working days.
app.get('/bench/raw/calendar-due', { schema: { hide: true } }, async (request) => {
  const q = request.query as { from: string; workdays: string };
  const years = await database.query<{ year: number }>('select year from calendar_years');
  const days = await database.query<{ day: string; kind: 'holiday' | 'workday'; name: string }>(
    'select day, kind, name from calendar_days',
  );
  const cal = makeCalendar(
    years.map((y) => y.year),
    days,
  );
  const walk = walkWorkingDays(cal, q.from, Number(q.workdays));
  return { due: walk.due, explanation: walk, text: describeWalk(walk) };
});

// One argon2id verification with the platform's parameters: the physical floor of a sign-in.
const passwordHash = await hash('Linzheng@2026', {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
});
app.post('/bench/raw/argon2', { schema: { hide: true } }, async () => ({
  ok: await verify(passwordHash, 'Linzheng@2026'),
}));

// Only the benchmarks the runner will run (LZ_BENCH_ONLY, comma-separated), with the others of their
// files, generate their data.
const only = process.env.LZ_BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
await loadBenchmarks();
const benchmarks = needingSetup(only);
for (const b of benchmarks) {
  const t = Date.now();
  await b.setup?.({ app, database, config, scale, worker, ctx: () => systemCtx(database, deps) });
  if (!worker) console.log(`[bench server] setup ${b.name}: ${Date.now() - t} ms`);
}

// The home page's bytes as a static file (rendered once now, served by @fastify/static).
if (!worker) {
  const home = await app.inject({ method: 'GET', url: '/' });
  fs.writeFileSync(path.join(staticDir, 'home.html'), home.rawPayload);
}
const primary = workers > 1 && !worker ? startWorkers({ count: workers }) : null;
if (primary) await primary.listening;
else await app.listen({ port: config.PORT, host: config.HOST });

const bare = worker ? null : Fastify({ logger: false });
if (bare) {
  bare.get('/ping', async () => ({ status: 'ok' }));
  await bare.listen({ port: Number(process.env.LZ_BENCH_BARE_PORT ?? 0), host: config.HOST });
  const processes = primary ? `, ${workers} server processes` : '';
  console.log(
    `[bench server] ready in ${Date.now() - started} ms (${database.kind}, scale ${scale}${processes})`,
  );
}

// LZ_BENCH_CPU_PROF=<dir>: a V8 CPU profile of the server under load, written on stop (open it in
// Chrome DevTools or summarise it with bench/support/profile-summary.ts).
const profiler = process.env.LZ_BENCH_CPU_PROF ? new inspector.Session() : null;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
  await profiler.post('Profiler.start');
}

const stop = async () => {
  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    const dir = process.env.LZ_BENCH_CPU_PROF!;
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, `server-${process.pid}-${Date.now()}.cpuprofile`),
      JSON.stringify(profile),
    );
  }
  await primary?.stop();
  await bare?.close();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
