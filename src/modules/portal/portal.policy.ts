// Who may do what on the portal. Editors write in the columns their unit is responsible for; the
// data scope of their role widens that (unit and below, all). Review, publication and the column
// tree are separate permissions; publishing without review is a grant of its own and leaves a mark.
import { ForbiddenError, inScope, requirePermission } from '../../platform/access/policy.ts';
import type { Actor } from '../../platform/context.ts';

export const PORTAL_PERMISSIONS = {
  'portal:edit': '门户网站：编辑稿件（本单位负责的栏目，按数据范围）',
  'portal:review': '门户网站：审核稿件',
  'portal:publish': '门户网站：发布、定时发布、下线与撤回稿件',
  'portal:publish-unreviewed': '门户网站：未经审核直接发布（须说明理由，留“未审核”标记）',
  'portal:columns': '门户网站：维护栏目',
};

export type PortalPermission =
  | 'portal:edit'
  | 'portal:review'
  | 'portal:publish'
  | 'portal:publish-unreviewed'
  | 'portal:columns';

/** The responsible unit of a column, as the scope check needs it. */
export interface ColumnScopeTarget {
  responsibleUnitId: string;
  responsibleUnitPath: string;
}

const target = (c: ColumnScopeTarget) => ({ unitId: c.responsibleUnitId, unitPath: c.responsibleUnitPath });

/** Whether the actor holds the permission for articles in this column. */
export function mayInColumn(actor: Actor, permission: PortalPermission, column: ColumnScopeTarget): boolean {
  if (actor.kind === 'system') return true;
  const scope = actor.permissions[permission];
  if (!scope) return false;
  // 'self' has no meaning for columns: an editor scoped to themself still writes for their unit.
  return inScope(actor, scope === 'self' ? 'unit' : scope, target(column));
}

/** Throws FORBIDDEN unless the actor holds the permission for this column. */
export function requireInColumn(actor: Actor, permission: PortalPermission, column: ColumnScopeTarget): void {
  requirePermission(actor, permission);
  if (!mayInColumn(actor, permission, column))
    throw new ForbiddenError(permission, '该栏目不由您的单位负责，无权操作');
}
