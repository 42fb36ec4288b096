// Who may do what with service items and cases, and on which cases (data scopes): the acceptance
// centre sees the cases it receives, a division the cases it decides, a city bureau the cases of
// its counties, leaders and the director everything below them.
import { and, eq, like, or, type SQL } from 'drizzle-orm';
import type { DataScope } from '../../platform/access/access.table.ts';
import { registerPermissions } from '../../platform/access/permissions.ts';
import { ForbiddenError, requirePermission } from '../../platform/access/policy.ts';
import type { Actor } from '../../platform/context.ts';
import { serviceCases } from './services.table.ts';

registerPermissions('services', {
  'services:read': '网上办事：查看办件',
  'services:counter': '网上办事：窗口登记、收件与收费',
  'services:accept': '网上办事：受理、不予受理、补正告知',
  'services:review': '网上办事：审查、现场核查、公示、核定收费',
  'services:decide': '网上办事：作出许可决定与发证',
  'services:extend': '网上办事：批准延长办理期限',
  'services:stats': '网上办事：办件统计',
  'services:items': '网上办事：维护办事事项与表单',
});

export interface CaseScopeTarget {
  unitId: string | null;
  unitPath: string | null;
  acceptUnitId: string | null;
  acceptUnitPath: string | null;
  countyPath: string | null;
  applicantAccountId: string | null;
}

export function caseInScope(actor: Actor, scope: DataScope, c: CaseScopeTarget): boolean {
  switch (scope) {
    case 'all':
      return true;
    case 'subtree': {
      const p = actor.unitPath;
      return Boolean(
        p &&
          [c.unitPath, c.acceptUnitPath, c.countyPath].some((x) => typeof x === 'string' && x.startsWith(p)),
      );
    }
    case 'unit':
      return Boolean(actor.unitId && (c.unitId === actor.unitId || c.acceptUnitId === actor.unitId));
    case 'self':
      return Boolean(actor.id && c.applicantAccountId === actor.id);
  }
}

/** requirePermission plus the case's scope; FORBIDDEN outside it. */
export function requireCase(actor: Actor, permission: string, c: CaseScopeTarget): DataScope {
  const scope = requirePermission(actor, permission);
  if (!caseInScope(actor, scope, c)) throw new ForbiddenError(permission, '该办件不在您的数据权限范围内');
  return scope;
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/** The same scope as a WHERE condition, written so each branch can use an index. */
export function caseScopeWhere(actor: Actor, scope: DataScope): SQL | undefined {
  const t = serviceCases;
  switch (scope) {
    case 'all':
      return undefined;
    case 'subtree': {
      if (!actor.unitPath) return eq(t.id, '00000000-0000-0000-0000-000000000000');
      const p = `${escapeLike(actor.unitPath)}%`;
      return or(like(t.unitPath, p), like(t.acceptUnitPath, p), like(t.countyPath, p));
    }
    case 'unit':
      if (!actor.unitId) return eq(t.id, '00000000-0000-0000-0000-000000000000');
      return or(eq(t.unitId, actor.unitId), eq(t.acceptUnitId, actor.unitId));
    case 'self':
      return actor.id
        ? and(eq(t.applicantAccountId, actor.id))
        : eq(t.id, '00000000-0000-0000-0000-000000000000');
  }
}
