// The processes of this machine as /proc shows them (Linux; none elsewhere): for the quality suites
// that watch a server's worker processes and for the benchmark's CPU accounting.
import fs from 'node:fs';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** The executable's name, e.g. 'node', 'postgres'. */
  comm: string;
  /** User + system CPU time so far, µs. */
  cpuUs: number;
}

const TICK_US = 1_000_000 / 100; // USER_HZ is 100 on Linux

export function listProcesses(): ProcessInfo[] {
  let pids: string[];
  try {
    pids = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  const out: ProcessInfo[] = [];
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

/** The process ids whose parent is pid. */
export function childrenOf(pid: number): number[] {
  return listProcesses()
    .filter((p) => p.ppid === pid)
    .map((p) => p.pid);
}
