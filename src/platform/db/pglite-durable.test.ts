// The embedded database on disk: a commit reaches the disk (a real fsync per commit, which PGlite as
// shipped never does), and one process at a time may open a data directory.
import { spawn, spawnSync } from 'node:child_process';
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

  // Issue 12 item 11: `npm start` again right after Ctrl-C, while the previous server is still closing.
  describe('a restart right after stop', () => {
    /** A live process (sleep) whose lock says it is stopping, as a server's shutdown writes it. */
    const stoppingOwner = (dir: string) => {
      const child = spawn('sleep', ['30'], { stdio: 'ignore' });
      const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8');
      const startTime = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
      fs.mkdirSync(path.dirname(lockFileOf(dir)), { recursive: true });
      fs.writeFileSync(
        lockFileOf(dir),
        JSON.stringify({
          pid: child.pid,
          startTime,
          host: os.hostname(),
          since: '2026-12-07T08:00:00.000Z',
          stopping: '2026-12-07T09:00:00.000Z',
        }),
      );
      return child;
    };

    it('waits for a server that is shutting down, says so, and starts once it is gone', async () => {
      const dir = path.join(work, 'd');
      const child = stoppingOwner(dir);
      const said: string[] = [];
      setTimeout(() => child.kill('SIGKILL'), 600);
      const database = await openDatabase({ dataDir: dir, lockWaitMs: 15_000, say: (l) => said.push(l) });
      try {
        expect(dataDirOwner(dir)?.pid).toBe(process.pid);
        expect(said[0]).toBe(
          `数据目录 ${dir} 仍被正在退出的上一个服务进程 ${child.pid} 占用，等待其退出（最多 15 秒）…`,
        );
        expect(said[1]).toMatch(new RegExp(`^进程 ${child.pid} 已退出（等待 \\d+\\.\\d 秒），继续启动。$`));
      } finally {
        await database.close();
      }
    });

    it('gives up after the setting’s time, naming it, when the old server does not go', async () => {
      const dir = path.join(work, 'e');
      const child = stoppingOwner(dir);
      try {
        await expect(openDatabase({ dataDir: dir, lockWaitMs: 300, say: () => undefined })).rejects.toThrow(
          `仍被正在退出的进程 ${child.pid} 占用，已等待 0 秒（DATA_DIR_LOCK_WAIT_SECONDS）`,
        );
      } finally {
        child.kill('SIGKILL');
      }
    });

    it('a closing server marks its lock, so the next start waits rather than fails', async () => {
      const dir = path.join(work, 'f');
      const database = await openDatabase({ dataDir: dir });
      expect(JSON.parse(fs.readFileSync(lockFileOf(dir), 'utf8')).stopping).toBeUndefined();
      database.markStopping?.();
      const lock = JSON.parse(fs.readFileSync(lockFileOf(dir), 'utf8'));
      expect(lock.pid).toBe(process.pid);
      expect(typeof lock.stopping).toBe('string');
      await database.close();
      expect(fs.existsSync(lockFileOf(dir))).toBe(false);
    });
  });
});
