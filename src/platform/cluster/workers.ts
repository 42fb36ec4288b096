// Several server processes on one machine (服务进程), for PostgreSQL deployments: Node runs a
// process's JavaScript on one core, so a server with N cores serves with N worker processes that
// share the listening port (node:cluster hands connections round-robin). Each worker is an ordinary
// instance of the platform — the same code that runs as several instances behind a load balancer
// (sessions, files, jobs and caches are already shared through the database) — and the primary
// process only prepares the database, starts the workers, restarts one that dies and stops them all.
// The embedded database (PGlite) is one process by design: there, WORKERS is 1.
import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';

/** How many worker processes: the WORKERS setting, 0 = one per core on PostgreSQL (at most 8). */
export function workerCount(setting: number, databaseKind: 'pglite' | 'postgres'): number {
  if (databaseKind === 'pglite') return 1;
  if (setting > 0) return setting;
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

/** True in a worker started by runWorkers (false in a single-process server and in the primary). */
export function isWorker(): boolean {
  return cluster.isWorker;
}

export interface Primary {
  /** Resolves with the port when every worker listens (rejects when one fails to start). */
  listening: Promise<number>;
  /** Stops every worker (SIGTERM, then SIGKILL after graceMs) and resolves when all have exited. */
  stop(graceMs?: number): Promise<void>;
}

interface PrimaryOptions {
  count: number;
  /** Told of a worker that died and was started again. */
  onRestart?: (info: { pid: number | undefined; code: number | null; signal: string | null }) => void;
}

/**
 * In the primary: starts count workers (each runs this same program with cluster.isWorker true),
 * starts a new one whenever one dies unexpectedly, and relays messages between them (see siblings.ts).
 * A worker that dies before it ever listened fails the start instead of being restarted in a loop.
 */
export function startWorkers(options: PrimaryOptions): Primary {
  let stopping = false;
  let pending = options.count;
  let resolveListening!: (port: number) => void;
  let rejectListening!: (e: Error) => void;
  const listening = new Promise<number>((resolve, reject) => {
    resolveListening = resolve;
    rejectListening = reject;
  });
  const everListened = new WeakSet<Worker>();

  const fork = (): Worker => {
    const worker = cluster.fork();
    worker.on('listening', (address) => {
      if (everListened.has(worker)) return;
      everListened.add(worker);
      pending -= 1;
      if (pending === 0) resolveListening(address.port);
    });
    worker.on('message', (message: unknown) => relay(worker, message));
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      if (!everListened.has(worker)) {
        stopping = true;
        for (const other of Object.values(cluster.workers ?? {})) other?.kill('SIGTERM');
        rejectListening(new Error(`服务进程启动失败（退出码 ${code ?? signal}）`));
        return;
      }
      // A worker that listened once and then ended is replaced (its open connections ended with it),
      // unless the whole server is stopping: a signal to the process group reaches the workers
      // first, so a clean exit waits a moment for the primary's own signal.
      setTimeout(
        () => {
          if (stopping) return;
          options.onRestart?.({ pid: worker.process.pid, code, signal });
          fork();
        },
        code === 0 ? 250 : 0,
      );
    });
    return worker;
  };

  for (let i = 0; i < options.count; i++) fork();

  return {
    listening,
    async stop(graceMs = 10_000) {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
      await Promise.all(
        workers.map(
          (w) =>
            new Promise<void>((resolve) => {
              if (w.isDead()) return resolve();
              const timer = setTimeout(() => w.process.kill('SIGKILL'), graceMs);
              w.once('exit', () => {
                clearTimeout(timer);
                resolve();
              });
              w.process.kill('SIGTERM');
            }),
        ),
      );
    },
  };
}

/** A message workers pass to each other through the primary. */
export interface SiblingMessage {
  lzSiblings: string;
}

function isSiblingMessage(m: unknown): m is SiblingMessage {
  return typeof m === 'object' && m !== null && typeof (m as SiblingMessage).lzSiblings === 'string';
}

function relay(from: Worker, message: unknown): void {
  if (!isSiblingMessage(message)) return;
  for (const w of Object.values(cluster.workers ?? {}))
    if (w && w !== from && !w.isDead() && w.isConnected()) w.send(message);
}
