// The state guard (状态校验): an action asked of a subject in a state that does not allow it is
// refused with one error, STATE_CONFLICT (409), naming the current state in Chinese — 当前状态为
// 「已受理」，不能撤回 — before anything changes. Call it with the subject's row locked.
import { AppError } from '../errors.ts';

/** The Chinese name of each state of a subject ('accepted' → '已受理'). */
export type StateLabels<S extends string> = Readonly<Record<S, string>>;

/**
 * Throws STATE_CONFLICT unless row.status is one of `allowed`. `action` is the verb people read
 * ('撤回', '作出许可决定').
 */
export function requireState<S extends string>(
  row: { status: S },
  allowed: readonly S[],
  action: string,
  labels: StateLabels<S>,
): void {
  if (allowed.includes(row.status)) return;
  const label = labels[row.status] ?? row.status;
  throw new AppError('STATE_CONFLICT', {
    message: `当前状态为「${label}」，不能${action}`,
    extra: { state: row.status, stateLabel: label, allowed: [...allowed] },
  });
}

/** requireState with a subject's labels bound once: `const requireCaseState = stateGuard(LABELS)`. */
export function stateGuard<S extends string>(
  labels: StateLabels<S>,
): (row: { status: S }, allowed: readonly S[], action: string) => void {
  return (row, allowed, action) => requireState(row, allowed, action, labels);
}
