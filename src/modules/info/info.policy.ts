// Who may do what in government information work (政务信息). Units (处室, 直属单位, 市县林业局)
// submit and see their own unit's items — drafts are their own unit's alone, whatever the scope; the
// office (厅办公室) reviews, adopts, compiles bulletins and circulars; leaders read.
import { can, ForbiddenError, requirePermission, scopeOf } from '../../platform/access/policy.ts';
import { scopeCovers } from '../../platform/access/scope.ts';
import type { Actor, Ctx } from '../../platform/context.ts';

export const INFO_PERMISSIONS = {
  'info:submit': '政务信息：本单位报送信息与突发事件信息，查看本单位的采用与积分',
  'info:review': '政务信息：审核采用、编发信息专报、记录领导批示、约稿与通报',
  'info:read': '政务信息：查看信息、专报、批示与通报（按数据权限）',
} as const;

/** Whether the actor may see this item: the office all but drafts; readers in scope; its own unit all. */
export function seesItem(actor: Actor, row: { unitId: string; unitPath: string; status: string }): boolean {
  if (actor.kind === 'system') return true;
  if (can(actor, 'info:submit') && actor.unitId === row.unitId) return true;
  if (row.status === 'draft') return false;
  if (can(actor, 'info:review')) return true;
  const scope = scopeOf(actor, 'info:read');
  return Boolean(scope && scopeCovers(actor, scope, { unit: row.unitId, unitPath: row.unitPath }));
}

/** The item, or 403 (audited by the error handler) for one the actor may not see. */
export function requireSeesItem(ctx: Ctx, row: { unitId: string; unitPath: string; status: string }): void {
  if (!ctx.actor.id && ctx.actor.kind !== 'system') requirePermission(ctx.actor, 'info:read');
  if (!seesItem(ctx.actor, row))
    throw new ForbiddenError(
      'info:read',
      row.status === 'draft' ? '这是其他单位的草稿，只有该单位可以查看' : '这条信息不在您的查看范围内',
    );
}

/** A step by the submitting unit on its own item. */
export function requireOwnUnit(ctx: Ctx, row: { unitId: string }): void {
  requirePermission(ctx.actor, 'info:submit');
  if (ctx.actor.unitId !== row.unitId) throw new ForbiddenError('info:submit', '只能办理本单位的信息');
}

/** Whether the actor reads anything of the module (the office, a leader, a unit). */
export function requireInfoReader(ctx: Ctx): void {
  const a = ctx.actor;
  if (a.kind === 'system') return;
  if (!['info:submit', 'info:review', 'info:read'].some((p) => can(a, p))) requirePermission(a, 'info:read');
}
