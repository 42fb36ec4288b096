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

/** Takes the directory for this process; throws DataDirBusyError when a live process holds it. */
export function lockDataDir(dir: string): { release(): void } {
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
