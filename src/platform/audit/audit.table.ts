import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Append-only: UPDATE is refused and DELETE refused for records younger than the retention
// period by triggers (see the custom migration); each record carries the HMAC-SM3 (plain SM3 before
// the keyed anchor) of its content and of the previous record's hash, so any change breaks the chain
// from that record on, and nobody without the audit key can mend it.
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

// The chain's end (链尾): the last record's seq and hash, in one row. Appending locks it with SELECT …
// FOR UPDATE, which waits for the previous append's commit and then returns its values — one round
// trip where a lock and a read of the log's last record took two, with the lock held to commit.
export const auditChainHead = pgTable('audit_chain_head', {
  id: integer().primaryKey(),
  seq: bigint({ mode: 'number' }).notNull(),
  hash: text().notNull(),
  // The keyed anchor: records from this seq on carry HMAC-SM3 under the audit key; those before it
  // (written before the key existed) plain SM3. Checkpoints outside the database record it too.
  keyedFrom: bigint({ mode: 'number' }).notNull(),
});
