// Information items and bulletins as audit objects (审计对象): by title (a bulletin with its number),
// linked to their pages.
import { inArray } from 'drizzle-orm';
import { type AuditObjectTable, byUuid } from '../../platform/audit/objects.ts';
import { infoBulletins, infoItems } from './info.table.ts';

export const INFO_AUDIT_OBJECTS: AuditObjectTable = {
  info_item: {
    name: '政务信息',
    open: ['info:submit', 'info:review', 'info:read'],
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: infoItems.id, title: infoItems.title })
          .from(infoItems)
          .where(inArray(infoItems.id, ids)),
      (r) => ({ label: r.title, link: `/admin/info/items/${r.id}` }),
    ),
  },
  info_bulletin: {
    name: '信息专报',
    open: ['info:review', 'info:read'],
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: infoBulletins.id, number: infoBulletins.number, title: infoBulletins.title })
          .from(infoBulletins)
          .where(inArray(infoBulletins.id, ids)),
      (r) => ({
        label: r.number ? `${r.number} ${r.title}` : r.title,
        link: `/admin/info/bulletins/${r.id}`,
      }),
    ),
  },
};
