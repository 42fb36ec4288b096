// Supervision items as audit objects (审计对象): by number and title, linked to the item's page.
import { inArray } from 'drizzle-orm';
import { type AuditObjectTable, byUuid } from '../../platform/audit/objects.ts';
import { supervisionItems } from './supervision.table.ts';

export const SUPERVISION_AUDIT_OBJECTS: AuditObjectTable = {
  supervision_item: {
    name: '督办事项',
    open: ['supervision:read', 'supervision:manage', 'supervision:report', 'supervision:lead'],
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: supervisionItems.id, number: supervisionItems.number, title: supervisionItems.title })
          .from(supervisionItems)
          .where(inArray(supervisionItems.id, ids)),
      (r) => ({ label: `${r.number} ${r.title}`, link: `/admin/supervision/items/${r.id}` }),
    ),
  },
};
