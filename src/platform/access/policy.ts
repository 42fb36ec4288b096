// Authorization: the first line of every use case. A permission answers "may this actor do X";
// a data scope answers "on whose records": self / own unit / unit and below / all.

import type { Actor } from '../context.ts';
import { AppError } from '../errors.ts';
import type { DataScope } from './access.table.ts';
import { SCOPE_RANK } from './permissions.ts';
import { type ScopeValues, scopeCovers } from './scope.ts';

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

/** Throws FORBIDDEN unless the actor holds at least one of the permissions. */
export function requireAnyPermission(actor: Actor, ...permissions: string[]): void {
  if (!actor.id && actor.kind !== 'system') throw new AppError('UNAUTHENTICATED');
  if (!permissions.some((p) => scopeOf(actor, p))) throw new ForbiddenError(permissions.join('|'));
}

export interface ScopedTarget {
  /** The unit that owns the record. */
  unitPath?: string | null;
  unitId?: string | null;
  /** The account that owns (created) the record. */
  ownerId?: string | null;
}

/** Whether a record falls inside the actor's data scope for a permission (scope.ts decides). */
export function inScope(actor: Actor, scope: DataScope, target: ScopedTarget): boolean {
  return scopeCovers(actor, scope, {
    owner: target.ownerId ?? null,
    unit: target.unitId ?? null,
    unitPath: target.unitPath ?? null,
  });
}

/** requirePermission + inScope: throws FORBIDDEN for records outside the actor's scope. */
export function requireScoped(actor: Actor, permission: string, target: ScopedTarget): DataScope {
  return requireInScope(actor, permission, {
    owner: target.ownerId ?? null,
    unit: target.unitId ?? null,
    unitPath: target.unitPath ?? null,
  });
}

/**
 * requirePermission + scopeCovers for a record already read, its owners named as in ScopeColumns:
 * FORBIDDEN (with `message`) outside the actor's scope. Returns the scope.
 */
export function requireInScope(
  actor: Actor,
  permission: string,
  values: ScopeValues,
  message = '该记录不在您的数据权限范围内',
): DataScope {
  const scope = requirePermission(actor, permission);
  if (!scopeCovers(actor, scope, values)) throw new ForbiddenError(permission, message);
  return scope;
}

export function widerScope(a: DataScope, b: DataScope): DataScope {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b;
}
