// A restore killed part-way (issue 12 item 8): SIGKILLed at random points in 5 rounds, each round into
// the target the previous one left, and then a restore that runs to its end succeeds and gives the
// backup's database back identical (every table's row count and checksum). Before, the killed
// restore left a non-empty target — the migrations' empty tables in PostgreSQL, a data directory
// with a lock for the embedded database — and every later restore refused it. On the embedded
// database always; with TEST_DATABASE_URL (npm run test:quality:pg) into PostgreSQL too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/modules/org/index.ts';
import { runBackup } from '../../src/platform/backup/backup.ts';
import { fingerprintTables } from '../../src/platform/backup/logical.ts';
import { openDatabase } from '../../src/platform/db/client.ts';
import { buildTestApp, type TestApp } from '../app.ts';
import { createEmptyPostgres } from './support/empty-database.ts';
import { runScript } from './support/scripts.ts';

let t: TestApp;
let work: string;
let backup: string;
let expected: Awaited<ReturnType<typeof fingerprintTables>>;
const cleanups: Array<() => Promise<void>> = [];

/** Runs scripts/restore.ts on the backup; with killAfterMs, SIGKILLs it then (if it is still running). */
const restore = (env: Record<string, string>, killAfterMs?: number) =>
  runScript('scripts/restore.ts', [backup], env, { killAfterMs });

// Deterministic "random" points, spread over the restore's run (start-up, migrations, rows, files).
const points = (runMs: number) => [0.15, 0.55, 0.35, 0.8, 0.65].map((f) => Math.round(runMs * f));

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-restore-kill-'));
  t = await buildTestApp({
    seed: async (ctx) => void (await seedDemoData(ctx)),
    config: { DATA_DIR: path.join(work, 'source') },
  });
  backup = path.join(work, 'backup');
  await runBackup({ database: t.database, config: t.config, dir: backup });
  expected = await fingerprintTables(t.database);
}, 180_000);
afterAll(async () => {
  await t?.close();
  for (const c of cleanups) await c();
  fs.rmSync(work, { recursive: true, force: true });
});

/**
 * Five restores into `env`'s target, each SIGKILLed at a point of a whole restore's run — timed
 * first into `timedEnv`'s own empty target — the target left as the kill left it for the next.
 */
async function killRounds(env: Record<string, string>, timedEnv: Record<string, string>) {
  const started = Date.now();
  const timed = await restore(timedEnv);
  expect(timed.code, timed.out).toBe(0);
  const runMs = Date.now() - started;
  const kills: string[] = [];
  for (const at of points(runMs)) {
    const r = await restore(env, at);
    kills.push(r.killed ? `killed at ${at} of ${runMs} ms` : `finished before ${at} ms (${r.code})`);
  }
  return kills;
}

describe('a restore killed part-way', () => {
  it('into the embedded database: 5 kills, then a restore that succeeds, identical', async () => {
    const dataDir = path.join(work, 'target');
    const kills = await killRounds({ DATA_DIR: dataDir }, { DATA_DIR: path.join(work, 'timed') });
    expect(kills.filter((k) => k.startsWith('killed')).length).toBeGreaterThanOrEqual(3);
    const last = await restore({ DATA_DIR: dataDir });
    expect(last.code, `${kills.join('; ')}\n${last.out}`).toBe(0);
    expect(last.out).toContain('恢复完成');
    expect(fs.existsSync(path.join(dataDir, 'restore-in-progress.json'))).toBe(false);
    const restored = await openDatabase({ dataDir: path.join(dataDir, 'pgdata') });
    try {
      expect(await fingerprintTables(restored)).toEqual(expected);
    } finally {
      await restored.close();
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('into PostgreSQL: the same', async () => {
    const pg = await createEmptyPostgres('lz_restore_kill');
    cleanups.push(pg.drop);
    const timing = await createEmptyPostgres('lz_restore_timed');
    cleanups.push(timing.drop);
    const env = { DATA_DIR: path.join(work, 'pg-target'), DATABASE_URL: pg.url };
    const kills = await killRounds(env, { DATA_DIR: path.join(work, 'pg-timed'), DATABASE_URL: timing.url });
    expect(kills.filter((k) => k.startsWith('killed')).length).toBeGreaterThanOrEqual(3);
    const last = await restore(env);
    expect(last.code, `${kills.join('; ')}\n${last.out}`).toBe(0);
    const restored = await openDatabase({ databaseUrl: pg.url, poolSize: 1 });
    try {
      expect(await fingerprintTables(restored)).toEqual(expected);
    } finally {
      await restored.close();
    }
  });
});
