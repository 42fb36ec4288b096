// Writes that happen once per request key (幂等): the form makes a key when it opens and sends it with
// every try; the first try's transaction records the key with what it made, a later try with the same
// key answers with that instead of making a second one. Two tries at once: the second's insert waits
// for the first's transaction and then finds its row (or, if the first rolled back, goes ahead).
import type { Ctx } from '../context.ts';
import { AppError } from '../errors.ts';
import { claimKey, findKey, forgetKeysBefore, recordResult } from './request-keys.repository.ts';

/** How long a key is kept: longer than any retry, short enough that the table stays small. */
const KEPT_MS = 7 * 86_400_000;

export interface Once<T> {
  value: T;
  /** True when an earlier request with the key had made it. */
  replayed: boolean;
}

/**
 * Runs `make` once per (actor, key) inside tx's transaction: `make` returns the id of what it made;
 * with a key seen before, `make` is not called and the earlier id is returned. Without a key, `make`
 * runs. A key used before for another scope is refused (409 CONFLICT, naming the field).
 */
export async function oncePerKey(
  tx: Ctx,
  scope: string,
  key: string | undefined,
  make: () => Promise<string>,
): Promise<Once<string>> {
  if (!key) return { value: await make(), replayed: false };
  if (tx.db === tx.database.db) throw new Error('oncePerKey runs inside a transaction');
  const actorId = tx.actor.id;
  if (!actorId) throw new AppError('UNAUTHENTICATED');
  await forgetKeysBefore(tx.db, actorId, new Date(tx.now.getTime() - KEPT_MS));
  if (!(await claimKey(tx.db, { actorId, key, scope, createdAt: tx.now }))) {
    const seen = await findKey(tx.db, actorId, key);
    if (seen && seen.scope === scope && seen.resultId) return { value: seen.resultId, replayed: true };
    throw new AppError('CONFLICT', {
      message: '该请求编号已用于其他操作，请刷新页面后重新提交',
      errors: [{ field: 'requestKey', message: '请求编号已被使用' }],
    });
  }
  const id = await make();
  await recordResult(tx.db, actorId, key, id);
  return { value: id, replayed: false };
}
