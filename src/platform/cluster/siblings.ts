// Messages between the worker processes of one server (see workers.ts): a worker that changes what
// every worker caches (sessions, reference data) tells the others at once, through the primary,
// instead of leaving them to notice when their copy expires. In a single process this is a no-op.
// Instances on other machines still rely on the caches' short lifetimes (session-cache.ts).
import cluster from 'node:cluster';
import type { SiblingMessage } from './workers.ts';

const handlers = new Map<string, () => void>();
let listening = false;

/** Runs handler when a sibling worker says kind (registering again under the same kind replaces it). */
export function onSiblings(kind: string, handler: () => void): void {
  handlers.set(kind, handler);
  if (listening || !cluster.isWorker) return;
  listening = true;
  process.on('message', (message: unknown) => {
    const kindSaid = (message as Partial<SiblingMessage> | null)?.lzSiblings;
    if (typeof kindSaid === 'string') handlers.get(kindSaid)?.();
  });
}

/** Tells every other worker of this server kind (nothing to do outside a cluster). */
export function tellSiblings(kind: string): void {
  if (!cluster.isWorker || !process.connected || !process.send) return;
  const message: SiblingMessage = { lzSiblings: kind };
  process.send(message);
}
