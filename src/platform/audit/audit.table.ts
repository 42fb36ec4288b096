import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Append-only: UPDATE is refused and DELETE refused for records younger than the retention
// period by triggers (see the custom migration); each record carries the SM3 hash of its
// content and of the previous record, so any change breaks the chain from that record on.
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial({ mode: 'number' }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid(),
    actorName: text(),
    action: text().notNull(),
    objectType: text(),
    objectId: text(),
    result: text().$type<'success' | 'failure' | 'denied'>().notNull(),
    ip: text(),
    requestId: text(),
    detail: jsonb().$type<Record<string, unknown>>(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_actor_idx').on(t.actorId),
    index('audit_log_object_idx').on(t.objectType, t.objectId),
  ],
);
