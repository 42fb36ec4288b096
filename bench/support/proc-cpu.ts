// CPU time of processes on this machine (Linux /proc; 0 elsewhere): the benchmark server with its
// worker processes, and the PostgreSQL server's processes.
import { listProcesses, type ProcessInfo } from '../../test/quality/support/processes.ts';

export interface CpuSnapshot {
  /** The process rootPid and every process below it (a multi-process server's workers), µs. */
  server: number;
  /** Every process named postgres (a local PostgreSQL server; 0 with PGlite), µs. */
  postgres: number;
}

export async function cpuSnapshot(rootPid: number): Promise<CpuSnapshot> {
  const all = listProcesses();
  const children = new Map<number, ProcessInfo[]>();
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
