// Domain events (领域事件): one module says what happened — "a leader's instruction was recorded on a
// bulletin item" — and the modules that care act on it in the same transaction, so the fact and its
// consequences commit together or not at all (the instruction and the supervision item it opens).
//
//   publishEvent(tx, 'info.instruction.recorded', payload)   inside the publisher's transaction
//   Module.listens: [listen('info.instruction.recorded', (tx, payload) => …)]
//
// Listeners run in MODULES order, one after another, on the publisher's transaction and ctx (its
// actor, time, request); a listener that throws rolls the whole change back, and the publisher's
// caller sees its error. Each listener may answer something (the supervision item it opened), and
// publishEvent returns the answers by module, so the publisher can keep the link both ways. Event
// names and payloads are typed: the publishing module adds its events to DomainEvents by
// declaration merging (as error codes are added to ErrorCodes), so a misspelt name or a wrong
// payload does not compile. Nothing registers on import: installModules fills the registry from
// the modules' `listens`; a module left out of MODULES hears nothing.
import type { Ctx } from '../context.ts';

/** Event name → payload. Modules add their events: `declare module …/events/index.ts`. */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in the modules
export interface DomainEvents {}

export type EventName = keyof DomainEvents & string;

export interface EventListener<N extends EventName = EventName> {
  event: N;
  /** What the listener does, for logs and errors ('opens a supervision item'). */
  does: string;
  handle(tx: Ctx, payload: DomainEvents[N]): Promise<unknown>;
}

/** A listener for a module's `listens` list. */
export function listen<N extends EventName>(
  event: N,
  does: string,
  handle: (tx: Ctx, payload: DomainEvents[N]) => Promise<unknown>,
): EventListener<N> {
  return { event, does, handle };
}

interface Registered {
  owner: string;
  listener: EventListener;
}

const registry = new Map<string, Registered[]>();

/** Registers a module's listeners (installModules calls it); again for the same module replaces them. */
export function registerListeners(owner: string, listeners: readonly EventListener[]): void {
  for (const [name, list] of registry) {
    const kept = list.filter((r) => r.owner !== owner);
    if (kept.length) registry.set(name, kept);
    else registry.delete(name);
  }
  for (const listener of listeners) {
    const list = registry.get(listener.event) ?? [];
    list.push({ owner, listener });
    registry.set(listener.event, list);
  }
}

/** Who listens to an event, in order (for the docs page and tests). */
export function listenersOf(event: string): Array<{ owner: string; does: string }> {
  return (registry.get(event) ?? []).map((r) => ({ owner: r.owner, does: r.listener.does }));
}

export interface EventAnswer {
  owner: string;
  result: unknown;
}

/**
 * Tells the listening modules what happened, inside the caller's transaction (refused outside one:
 * the listeners' writes would otherwise commit apart from the publisher's). Returns each listener's
 * answer, by module, in order; none when no module listens.
 */
export async function publishEvent<N extends EventName>(
  tx: Ctx,
  event: N,
  payload: DomainEvents[N],
): Promise<EventAnswer[]> {
  if (tx.db === tx.database.db)
    throw new Error(
      `publishEvent(${event}) outside a transaction: publish inside the change's inTransaction`,
    );
  const answers: EventAnswer[] = [];
  for (const { owner, listener } of registry.get(event) ?? []) {
    answers.push({ owner, result: await listener.handle(tx, payload as DomainEvents[EventName]) });
  }
  return answers;
}
