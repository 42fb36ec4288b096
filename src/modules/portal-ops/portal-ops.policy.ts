// Who may use the portal's operations: the freshness monitor and statistics (read), the link
// checker and feed subscriptions (the information centre), and the board's moderators.

import type { DataScope } from '../../platform/access/access.table.ts';
import { can, requirePermission } from '../../platform/access/policy.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';

export const PORTAL_OPS_PERMISSIONS = {
  'portal:freshness': '门户网站：查看栏目更新监测与网站健康度',
  'portal:stats': '门户网站：查看访问统计',
  'portal:links': '门户网站：运行与查看链接检查',
  'portal:feeds': '门户网站：管理信息采集（订阅源与采集审核队列）',
  'portal:moderate': '门户网站：审核供求信息、处理举报',
};

/**
 * portal:freshness sees every column; an editor sees the columns their portal:edit scope covers
 * (their unit's, or their unit's and those below it). Returns the scope to filter by.
 */
export function requireFreshnessReader(ctx: Ctx): DataScope {
  if (ctx.actor.kind === 'system') return 'all';
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED');
  if (can(ctx.actor, 'portal:freshness')) return 'all';
  const scope = requirePermission(ctx.actor, 'portal:edit');
  // 'self' has no meaning for columns: an editor scoped to themself still writes for their unit.
  return scope === 'self' ? 'unit' : scope;
}
