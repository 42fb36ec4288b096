// Group commit (合并提交): writes of the same kind that arrive while one is being committed wait for
// it and then go to the database together — one transaction, and the statements their writer makes
// for many rows at once — instead of one transaction each. Under load (applications submitted by
// many people at the same moment) that divides the statements, the round trips and the audit chain's
// lock per write by the size of the group; a write that arrives alone is written alone, at once.
//
// What each write keeps: its own ctx (who, from where, when) for its rows and its audit records, and
// its own outcome. A group whose transaction fails is not a verdict on its members: each is then
// written again alone, in its own transaction, and gets its own result or error. (Side effects
// outside the database, such as uploaded bytes already stored, are repeated for the retried ones; the
// first attempt's copies are left unreferenced, as after any rolled-back transaction.)
import { bindTo, type Ctx } from '../context.ts';
import type { Database } from './client.ts';

export interface GroupMember<I> {
  /** The member's own ctx, bound to the group's transaction (actor, request, now kept). */
  ctx: Ctx;
  input: I;
}

export interface GroupCommitOptions<I, O> {
  /** At most this many writes in one transaction. */
  maxGroup: number;
  /**
   * Writes every member in tx, the group's transaction; returns one result per member, in order.
   * Must not catch the errors of the database: a failed statement has failed the whole group.
   */
  write(tx: Ctx, members: Array<GroupMember<I>>): Promise<O[]>;
}

interface Waiting<I, O> {
  ctx: Ctx;
  input: I;
  resolve(value: O): void;
  reject(error: unknown): void;
}

interface Queue<I, O> {
  waiting: Array<Waiting<I, O>>;
  /**
   * A flush is due at the end of this turn of the event loop, or running. One group at a time: with
   * two or three at once the groups got smaller, and on the 2-core machine fewer applications were
   * accepted per second (bench/README.md).
   */
  busy: boolean;
}

/**
 * A writer that groups concurrent calls. Outside a transaction, a call joins the queue of its database;
 * inside one (the caller's own), it is written there and then, alone.
 */
export function groupCommit<I, O>(options: GroupCommitOptions<I, O>): (ctx: Ctx, input: I) => Promise<O> {
  const queues = new WeakMap<Database, Queue<I, O>>();

  const runGroup = async (group: Array<Waiting<I, O>>): Promise<O[]> =>
    group[0].ctx.database.transaction(async (db) => {
      const beforeCommit: NonNullable<Ctx['beforeCommit']> = [];
      const tx: Ctx = { ...group[0].ctx, db, beforeCommit };
      const results = await options.write(
        tx,
        group.map((w) => ({ ctx: bindTo(tx, w.ctx), input: w.input })),
      );
      if (results.length !== group.length) throw new Error('groupCommit: one result per member expected');
      for (const step of beforeCommit) await step(tx);
      return results;
    });

  const flush = async (queue: Queue<I, O>) => {
    try {
      while (queue.waiting.length) {
        const group = queue.waiting.splice(0, options.maxGroup);
        try {
          const results = await runGroup(group);
          for (const [i, w] of group.entries()) w.resolve(results[i]);
        } catch (e) {
          if (group.length === 1) {
            group[0].reject(e);
            continue;
          }
          // Each on its own: the one that failed the group fails alone.
          for (const w of group) {
            try {
              w.resolve((await runGroup([w]))[0]);
            } catch (alone) {
              w.reject(alone);
            }
          }
        }
      }
    } finally {
      queue.busy = false;
    }
  };

  return async (ctx, input) => {
    if (ctx.db !== ctx.database.db) {
      const [result] = await options.write(ctx, [{ ctx, input }]);
      return result;
    }
    let queue = queues.get(ctx.database);
    if (!queue) {
      queue = { waiting: [], busy: false };
      queues.set(ctx.database, queue);
    }
    const q = queue;
    return new Promise<O>((resolve, reject) => {
      q.waiting.push({ ctx, input, resolve, reject });
      if (!q.busy) {
        // The writes that arrive in this turn of the event loop join the first group too.
        q.busy = true;
        setImmediate(() => void flush(q));
      }
    });
  };
}
