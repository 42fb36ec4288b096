// Cases and service items as audit objects (审计对象): a case by its 受理查询码 and item, linked to
// its case page for a viewer whose services:read scope covers it; an item by its name.
import { eq, inArray } from 'drizzle-orm';
import { scopeOf } from '../../platform/access/policy.ts';
import { type AuditObjectTable, uuidsOf } from '../../platform/audit/objects.ts';
import { caseInScope } from './services.policy.ts';
import { serviceCases, serviceItems } from './services.table.ts';

export const SERVICES_AUDIT_OBJECTS: AuditObjectTable = {
  service_case: {
    name: '办件',
    open: 'services:read',
    async resolve(ctx, ids) {
      const uuids = uuidsOf(ids);
      if (!uuids.length) return new Map();
      const rows = await ctx.db
        .select({
          id: serviceCases.id,
          receiptCode: serviceCases.receiptCode,
          itemName: serviceItems.name,
          unitId: serviceCases.unitId,
          unitPath: serviceCases.unitPath,
          acceptUnitId: serviceCases.acceptUnitId,
          acceptUnitPath: serviceCases.acceptUnitPath,
          countyPath: serviceCases.countyPath,
          applicantAccountId: serviceCases.applicantAccountId,
        })
        .from(serviceCases)
        .innerJoin(serviceItems, eq(serviceItems.code, serviceCases.itemCode))
        .where(inArray(serviceCases.id, uuids));
      const scope = scopeOf(ctx.actor, 'services:read');
      return new Map(
        rows.map((r) => [
          r.id,
          {
            label: `受理查询码 ${r.receiptCode}（${r.itemName}）`,
            link: scope && caseInScope(ctx.actor, scope, r) ? `/admin/services/cases/${r.id}` : null,
          },
        ]),
      );
    },
  },
  service_item: {
    name: '办事事项',
    async resolve(ctx, codes) {
      const rows = await ctx.db
        .select({ code: serviceItems.code, name: serviceItems.name })
        .from(serviceItems)
        .where(inArray(serviceItems.code, [...codes]));
      return new Map(rows.map((r) => [r.code, { label: `${r.name}（${r.code}）` }]));
    },
  },
};
