// Harvest records as audit objects (审计对象): permits by their numbers, linked to their lists.
import { inArray } from 'drizzle-orm';
import { type AuditObjectTable, byUuid } from '../../../platform/audit/objects.ts';
import { harvestPermits } from './permit.table.ts';
import { timberTransportPermits } from './transport.table.ts';

export const HARVEST_AUDIT_OBJECTS: AuditObjectTable = {
  harvest_permit: {
    name: '林木采伐许可证',
    open: ['harvest:read', 'harvest:revoke'],
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: harvestPermits.id, number: harvestPermits.number })
          .from(harvestPermits)
          .where(inArray(harvestPermits.id, ids)),
      (r) => ({ label: r.number ?? '（未编号）', link: '/admin/harvest/permits' }),
    ),
  },
  timber_transport_permit: {
    name: '木材运输证',
    open: ['harvest:read', 'harvest:transport'],
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: timberTransportPermits.id, number: timberTransportPermits.number })
          .from(timberTransportPermits)
          .where(inArray(timberTransportPermits.id, ids)),
      (r) => ({ label: r.number, link: '/admin/harvest/transport' }),
    ),
  },
  harvest_quota: { name: '采伐限额' },
  harvest_notice: { name: '采伐公示' },
};
