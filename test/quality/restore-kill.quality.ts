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
// Early points first: a later restore often runs faster than the timed one (warm caches).
const points = (runMs: number) => [0.1, 0.4, 0.25, 0.55, 0.7].map((f) => Math.round(runMs * f));

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
    if (r.killed) {
      kills.push(`killed at ${at} of ${runMs} ms`);
      continue;
    }
    // Faster than the timed run (a warm cache): this restore went through over what the earlier
    // kills left, which is what the suite asks. The target is now full, so the rounds end here.
    expect(r.code, `${kills.join('; ')}\n${r.out}`).toBe(0);
    expect(r.out).toContain('恢复完成');
    kills.push(`finished before ${at} ms`);
    return { kills, finished: true };
  }
  return { kills, finished: false };
}

/** After the rounds: the restore that succeeds, unless the last round already was one. */
async function finish(rounds: { kills: string[]; finished: boolean }, env: Record<string, string>) {
  if (rounds.finished) return;
  const last = await restore(env);
  expect(last.code, `${rounds.kills.join('; ')}\n${last.out}`).toBe(0);
  expect(last.out).toContain('恢复完成');
}

describe('a restore killed part-way', () => {
  it('into the embedded database: 5 kills, then a restore that succeeds, identical', async () => {
    const dataDir = path.join(work, 'target');
    const rounds = await killRounds({ DATA_DIR: dataDir }, { DATA_DIR: path.join(work, 'timed') });
    expect(rounds.kills.filter((k) => k.startsWith('killed')).length).toBeGreaterThanOrEqual(3);
    await finish(rounds, { DATA_DIR: dataDir });
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
    const rounds = await killRounds(env, { DATA_DIR: path.join(work, 'pg-timed'), DATABASE_URL: timing.url });
    expect(rounds.kills.filter((k) => k.startsWith('killed')).length).toBeGreaterThanOrEqual(3);
    await finish(rounds, env);
    const restored = await openDatabase({ databaseUrl: pg.url, poolSize: 1 });
    try {
      expect(await fingerprintTables(restored)).toEqual(expected);
    } finally {
      await restored.close();
    }
  });
});
