// Who may do what in supervision (督查督办). The office (督查室, in 局办公室) registers, assigns,
// reviews and closes; units report on the items they lead or help with (their unit on the item);
// the leader in charge (分管厅领导) signs closures off, approves extensions, comments and instructs;
// the instructing leader reads the result. Reading is scoped: the office and leaders with 全部
// see everything, a unit its own items (本单位) or its subtree's (本单位及下级).
import type { DataScope } from '../../platform/access/access.table.ts';
import { can, ForbiddenError, scopeOf } from '../../platform/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';

export const SUPERVISION_PERMISSIONS = {
  'supervision:read': '督查督办：查看督办事项（按数据权限）',
  'supervision:manage': '督查督办：立项、交办、审核报告、办结审核、重新办理、通报（督查室）',
  'supervision:report': '督查督办：报送进展和办结情况（本单位牵头或协办的事项）',
  'supervision:lead': '督查督办：分管厅领导签批办结、审批延期、批示意见',
} as const;

export type SupervisionPermission = keyof typeof SUPERVISION_PERMISSIONS;

/** The scope over which the actor reads items; throws 403 when it has none. */
export function readScopeOf(ctx: Ctx): DataScope {
  if (ctx.actor.kind === 'system') return 'all';
  if (can(ctx.actor, 'supervision:manage')) return 'all';
  const scope =
    scopeOf(ctx.actor, 'supervision:read') ??
    scopeOf(ctx.actor, 'supervision:lead') ??
    scopeOf(ctx.actor, 'supervision:report');
  if (!scope) throw new ForbiddenError('supervision:read');
  return scope;
}
