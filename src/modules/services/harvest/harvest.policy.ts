// Who may do what with harvest quotas, permits and the transport-permit archive. Quotas and
// permits belong to counties, not to units: a staff member's data scope is read as the region of
// their unit (a provincial division sees the province, a city bureau its counties, a county bureau
// itself).
import { registerPermissions } from '../../../platform/access/permissions.ts';
import { ForbiddenError, requirePermission } from '../../../platform/access/policy.ts';
import type { Ctx } from '../../../platform/context.ts';
import { findUnit } from '../../org/index.ts';
import { findQuotaRegion } from './regions.ts';

registerPermissions('harvest', {
  'harvest:read': '查看采伐限额台账与林木采伐许可证登记',
  'harvest:quota': '下达与调整采伐限额',
  'harvest:revoke': '撤销林木采伐许可证',
  'harvest:transport': '导入木材运输证历史档案',
});

/** The counties an actor may see: all, one city's, or one county. */
export type RegionScope =
  | { kind: 'all' }
  | { kind: 'city'; cityCode: string }
  | { kind: 'county'; countyCode: string };

/** Authorizes `permission` and returns the region it covers. */
export async function requireRegionScope(ctx: Ctx, permission: string): Promise<RegionScope> {
  const scope = requirePermission(ctx.actor, permission);
  if (scope === 'all' || !ctx.actor.unitId) return { kind: 'all' };
  const unit = await findUnit(ctx.db, ctx.actor.unitId);
  const region = unit?.regionCode ?? null;
  // A unit of the department itself (a division, the acceptance centre) works for the province.
  if (!region) return { kind: 'all' };
  if (findQuotaRegion(region)) {
    const county = findQuotaRegion(region)!;
    // 济源 is both a city and the county that holds the quota.
    return county.cityCode === county.code
      ? { kind: 'city', cityCode: region }
      : { kind: 'county', countyCode: region };
  }
  return { kind: 'city', cityCode: region };
}

export function regionCovers(scope: RegionScope, countyCode: string): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'county') return scope.countyCode === countyCode;
  return findQuotaRegion(countyCode)?.cityCode === scope.cityCode;
}

export function assertRegion(scope: RegionScope, countyCode: string, permission: string): void {
  if (!regionCovers(scope, countyCode))
    throw new ForbiddenError(permission, '该县（市、区）不在您的数据权限范围内');
}
