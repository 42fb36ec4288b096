// Who may do what with harvest quotas, permits and the transport-permit archive. Quotas and
// permits belong to counties, not to units: a staff member's data scope is read as the region of
// their unit (a provincial division sees the province, a city bureau its counties, a county bureau
// itself) — the platform's region scope (platform/access/scope.ts), on the county and city columns.
import type { DataScope } from '../../../platform/access/access.table.ts';
import { requireInScope, requirePermission } from '../../../platform/access/policy.ts';
import type { Actor, Ctx } from '../../../platform/context.ts';
import { findQuotaRegion } from './regions.ts';

export const HARVEST_PERMISSIONS = {
  'harvest:read': '查看采伐限额台账与林木采伐许可证登记',
  'harvest:quota': '下达与调整采伐限额',
  'harvest:revoke': '撤销林木采伐许可证',
  'harvest:transport': '导入木材运输证历史档案',
};

/** The actor's scope over county-owned records, as the repositories filter lists with it. */
export interface RegionScope {
  actor: Actor;
  scope: DataScope;
}

/** Authorizes `permission`; lists pass the result to their repository (scopeWhere on the region columns). */
export function requireRegionScope(ctx: Ctx, permission: string): RegionScope {
  return { actor: ctx.actor, scope: requirePermission(ctx.actor, permission) };
}

/** Authorizes `permission` on one county's record: FORBIDDEN outside the actor's region. */
export function requireInCounty(ctx: Ctx, permission: string, countyCode: string): DataScope {
  const cityCode = findQuotaRegion(countyCode)?.cityCode ?? null;
  return requireInScope(
    ctx.actor,
    permission,
    { region: [countyCode, cityCode] },
    '该县（市、区）不在您的数据权限范围内',
  );
}
