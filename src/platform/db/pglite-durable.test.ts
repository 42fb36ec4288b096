// The embedded database on disk: a commit reaches the disk (a real fsync per commit, which PGlite as
// shipped never does), and one process at a time may open a data directory.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client.ts';
import { DataDirBusyError, dataDirOwner, lockFileOf } from './datadir-lock.ts';
import { fsyncStats } from './pglite-durable.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lz-durable-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('durable embedded database', () => {
  it('runs PostgreSQL with fsync on and syncs the WAL to disk at every commit', async () => {
    const database = await openDatabase({ dataDir: path.join(work, 'a') });
    try {
      const settings = await database.query<{ name: string; setting: string }>(
        `select name, setting from pg_settings where name in ('fsync', 'wal_sync_method', 'synchronous_commit') order by name`,
      );
      expect(settings).toEqual([
        { name: 'fsync', setting: 'on' },
        { name: 'synchronous_commit', setting: 'on' },
        { name: 'wal_sync_method', setting: 'fsync' },
      ]);
      await database.query('create table t (n int)');
      const before = fsyncStats.calls;
      for (let i = 0; i < 20; i++) await database.query('insert into t values ($1)', [i]);
      // 20 commits, 20 fsync(2) calls at least (PGlite as shipped: none).
      expect(fsyncStats.calls - before).toBeGreaterThanOrEqual(20);
    } finally {
      await database.close();
    }
  });
});

describe('one process per data directory', () => {
  it('refuses a second opening while the first holds the directory, and frees it on close', async () => {
    const dir = path.join(work, 'b');
    const first = await openDatabase({ dataDir: dir });
    try {
      expect(dataDirOwner(dir)?.pid).toBe(process.pid);
      await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirBusyError);
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(`正被进程 ${process.pid}`);
    } finally {
      await first.close();
    }
    expect(dataDirOwner(dir)).toBeNull();
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });

  it('takes over a lock left by a process that is gone (killed)', async () => {
    const dir = path.join(work, 'c');
    // A process that has exited: its pid names nobody (or someone else, with another start time).
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    const pid = Number(gone.stdout.trim());
    fs.writeFileSync(
      lockFileOf(dir),
      JSON.stringify({ pid, startTime: '1', host: os.hostname(), since: '2026-01-01T00:00:00.000Z' }),
    );
    expect(dataDirOwner(dir)).toBeNull();
    const database = await openDatabase({ dataDir: dir });
    expect(dataDirOwner(dir)?.pid).toBe(process.pid);
    await database.close();
  });
});
