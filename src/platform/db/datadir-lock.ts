// One process per embedded data directory. PGlite has no lock of its own (its postmaster.pid holds
// a fixed fake pid): a second process opening a directory in use reads a half-written state and
// corrupts it for good, as we found testing the backup. The lock file holds the owner's pid and its
// start time (Linux /proc), so a lock left by a killed process is recognised as stale and taken over,
// and a recycled pid is not mistaken for the owner.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The lock beside the directory (DATA_DIR/pgdata → DATA_DIR/pgdata.lock): initdb wants an empty one. */
export function lockFileOf(dir: string): string {
  const abs = path.resolve(dir);
  return path.join(path.dirname(abs), `${path.basename(abs)}.lock`);
}

interface LockContent {
  pid: number;
  startTime: string | null;
  host: string;
  since: string;
  /** Set by the owner when it begins to shut down (SIGTERM, Ctrl-C): a restart may wait for it. */
  stopping?: string;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly owner: LockContent,
  ) {
    super(
      `数据目录 ${dir} 正被进程 ${owner.pid}（${owner.host}，自 ${owner.since} 起）使用。` +
        '嵌入式数据库同一时间只能由一个进程打开：请先停止该进程；运行中的服务可用 npm run backup 在线备份。',
    );
  }
}

/** The process start time (clock ticks since boot, field 22 of /proc/<pid>/stat), or null off Linux. */
function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** The process state letter (field 3 of /proc/<pid>/stat: R, S, Z…), or null. */
function processState(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] ?? null;
  } catch {
    return null;
  }
}

/** Whether a live owner is on its way out: it said so in the lock, or it is a zombie being reaped. */
function isExiting(owner: LockContent): boolean {
  if (owner.stopping) return true;
  const state = owner.host === os.hostname() ? processState(owner.pid) : null;
  return state === 'Z' || state === 'X';
}

function isAlive(owner: LockContent): boolean {
  if (owner.host !== os.hostname()) return true; // another machine on a shared disk: assume alive
  if (process.platform === 'linux') {
    // Same pid and same start time: that very process (perhaps this one, opening twice).
    const start = processStartTime(owner.pid);
    if (start === null) return false;
    return owner.startTime === null || owner.startTime === start;
  }
  // Elsewhere: our own pid means a lock left by a previous process that had it (containers reuse pids).
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockContent | null {
  try {
    const content = JSON.parse(fs.readFileSync(file, 'utf8')) as LockContent;
    return typeof content.pid === 'number' ? content : null;
  } catch {
    return null;
  }
}

/** Who holds the directory, or null when it is free (no lock, or a stale one). */
export function dataDirOwner(dir: string): LockContent | null {
  const owner = readLock(lockFileOf(dir));
  return owner && isAlive(owner) ? owner : null;
}

export interface DataDirLock {
  /** Notes in the lock that this process is shutting down, so a restart waits for it. */
  markStopping(): void;
  release(): void;
}

/** Takes the directory for this process; throws DataDirBusyError when a live process holds it. */
export function lockDataDir(dir: string): DataDirLock {
  const file = lockFileOf(dir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const mine: LockContent = {
    pid: process.pid,
    startTime: processStartTime(process.pid),
    host: os.hostname(),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(mine), { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        markStopping() {
          if (released) return;
          const now = readLock(file);
          if (now?.pid !== mine.pid || now.since !== mine.since) return;
          // Rewritten in place (a rename could leave a moment with no lock at all).
          fs.writeFileSync(file, JSON.stringify({ ...mine, stopping: new Date().toISOString() }), {
            mode: 0o600,
          });
        },
        release() {
          if (released) return;
          released = true;
          const now = readLock(file);
          if (now?.pid === mine.pid && now.since === mine.since) fs.rmSync(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const owner = readLock(file);
      if (owner && isAlive(owner)) throw new DataDirBusyError(dir, owner);
      // Stale (its process is gone) or unreadable: remove it, but only if it is still the very file
      // judged stale (another starter may have replaced it meanwhile), then try again.
      const again = readLock(file);
      if (again?.pid === owner?.pid && again?.since === owner?.since) fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`无法锁定数据目录 ${dir}`);
}

export interface LockWait {
  /** How long to wait for an owner that is exiting (DATA_DIR_LOCK_WAIT_SECONDS), in ms. */
  waitMs: number;
  /** Where to say that it waits, and when it is over (the console). */
  say?: (line: string) => void;
  /** For tests: the pause between tries. */
  pollMs?: number;
}

/**
 * lockDataDir, waiting up to `waitMs` while the directory is held by a process that is exiting —
 * `npm start` run again right after Ctrl-C or SIGTERM, while the previous server is still closing
 * (npm returns before its child has exited). A lock whose process is gone is taken at once (stale);
 * one held by a process that is running and not stopping fails at once, as before.
 */
export async function lockDataDirWaiting(dir: string, wait: LockWait): Promise<DataDirLock> {
  const started = Date.now();
  let waitingFor: number | null = null;
  for (;;) {
    try {
      const lock = lockDataDir(dir);
      if (waitingFor !== null)
        wait.say?.(
          `进程 ${waitingFor} 已退出（等待 ${((Date.now() - started) / 1000).toFixed(1)} 秒），继续启动。`,
        );
      return lock;
    } catch (e) {
      if (!(e instanceof DataDirBusyError) || !isExiting(e.owner)) throw e;
      const waited = Date.now() - started;
      if (waited >= wait.waitMs) {
        e.message =
          `数据目录 ${dir} 仍被正在退出的进程 ${e.owner.pid} 占用，已等待 ${Math.round(waited / 1000)} 秒` +
          `（DATA_DIR_LOCK_WAIT_SECONDS）。请确认该进程已结束后再启动。`;
        throw e;
      }
      if (waitingFor !== e.owner.pid) {
        waitingFor = e.owner.pid;
        wait.say?.(
          `数据目录 ${dir} 仍被正在退出的上一个服务进程 ${e.owner.pid} 占用，等待其退出（最多 ${Math.round(wait.waitMs / 1000)} 秒）…`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, wait.pollMs ?? 200));
    }
  }
}
