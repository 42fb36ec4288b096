// Authorization: the first line of every use case. A permission answers "may this actor do X";
// a data scope answers "on whose records": self / own unit / unit and below / all.

import type { Actor } from '../context.ts';
import { AppError } from '../errors.ts';
import type { DataScope } from './access.table.ts';
import { SCOPE_RANK } from './permissions.ts';

export function can(actor: Actor, permission: string): boolean {
  return permission in actor.permissions;
}

export function scopeOf(actor: Actor, permission: string): DataScope | null {
  // The platform's own jobs (sweepers, imports) act on everything.
  if (actor.kind === 'system') return 'all';
  return actor.permissions[permission] ?? null;
}

export class ForbiddenError extends AppError {
  constructor(
    readonly permission: string,
    message = '没有权限执行此操作',
  ) {
    super('FORBIDDEN', { message, extra: { permission } });
  }
}

/** Throws FORBIDDEN unless the actor holds the permission. */
export function requirePermission(actor: Actor, permission: string): DataScope {
  if (!actor.id && actor.kind !== 'system') throw new AppError('UNAUTHENTICATED');
  const scope = scopeOf(actor, permission);
  if (!scope) throw new ForbiddenError(permission);
  return scope;
}

export interface ScopedTarget {
  /** The unit that owns the record. */
  unitPath?: string | null;
  unitId?: string | null;
  /** The account that owns (created) the record. */
  ownerId?: string | null;
}

/** Whether a record falls inside the actor's data scope for a permission. */
export function inScope(actor: Actor, scope: DataScope, target: ScopedTarget): boolean {
  switch (scope) {
    case 'all':
      return true;
    case 'subtree':
      return Boolean(actor.unitPath && target.unitPath?.startsWith(actor.unitPath));
    case 'unit':
      return Boolean(actor.unitId && target.unitId === actor.unitId);
    case 'self':
      return Boolean(actor.id && target.ownerId === actor.id);
  }
}

/** requirePermission + inScope: throws FORBIDDEN for records outside the actor's scope. */
export function requireScoped(actor: Actor, permission: string, target: ScopedTarget): DataScope {
  const scope = requirePermission(actor, permission);
  if (!inScope(actor, scope, target)) throw new ForbiddenError(permission, '该记录不在您的数据权限范围内');
  return scope;
}

export function widerScope(a: DataScope, b: DataScope): DataScope {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b;
}
