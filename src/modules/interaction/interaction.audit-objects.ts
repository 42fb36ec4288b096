// Letters as audit objects (审计对象): by number and subject, linked to the letter's page; Open311
// clients by name.
import { inArray } from 'drizzle-orm';
import { type AuditObjectTable, byUuid } from '../../platform/audit/objects.ts';
import { letters, open311Clients } from './interaction.table.ts';

export const INTERACTION_AUDIT_OBJECTS: AuditObjectTable = {
  interaction_letter: {
    name: '来信',
    open: ['letters:triage', 'letters:read', 'letters:reply', 'letters:approve', 'letters:reports'],
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: letters.id, number: letters.number, subject: letters.subject })
          .from(letters)
          .where(inArray(letters.id, ids)),
      (r) => ({ label: `${r.number} ${r.subject}`, link: `/admin/interaction/letters/${r.id}` }),
    ),
  },
  interaction_open311_client: {
    name: 'Open311 接入方',
    resolve: byUuid(
      (ctx, ids) =>
        ctx.db
          .select({ id: open311Clients.id, name: open311Clients.name })
          .from(open311Clients)
          .where(inArray(open311Clients.id, ids)),
      (r) => ({ label: r.name }),
    ),
  },
};
