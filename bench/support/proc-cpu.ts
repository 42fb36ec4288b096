// CPU time of processes on this machine, read from /proc (Linux only; 0 elsewhere): the benchmark
// server with its worker processes, and the PostgreSQL server's processes.

interface ProcStat {
  pid: number;
  ppid: number;
  comm: string;
  /** user + system time, µs */
  cpuUs: number;
}

const TICK_US = 1_000_000 / 100; // USER_HZ is 100 on Linux

function readAll(fs: typeof import('node:fs')): ProcStat[] {
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  const out: ProcStat[] = [];
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      out.push({
        pid: Number(pid),
        ppid: Number(fields[1]),
        comm: stat.slice(stat.indexOf('(') + 1, close),
        cpuUs: (Number(fields[11]) + Number(fields[12])) * TICK_US, // utime, stime
      });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

export interface CpuSnapshot {
  /** The process rootPid and every process below it (a multi-process server's workers). */
  server: number;
  /** Every process named postgres (a local PostgreSQL server; 0 with PGlite). */
  postgres: number;
}

export async function cpuSnapshot(rootPid: number): Promise<CpuSnapshot> {
  const fs = await import('node:fs');
  const all = readAll(fs);
  const children = new Map<number, ProcStat[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  let server = 0;
  const stack = all.filter((p) => p.pid === rootPid);
  while (stack.length) {
    const p = stack.pop()!;
    server += p.cpuUs;
    stack.push(...(children.get(p.pid) ?? []));
  }
  const postgres = all.filter((p) => p.comm === 'postgres').reduce((sum, p) => sum + p.cpuUs, 0);
  return { server, postgres };
}
