import { index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Request keys (幂等键) a form sends with a write that must happen once — a counter clerk's double
 * click or a retry after a lost reply: the key is kept with the record the first request made, in
 * the same transaction, and a second request with the key answers with that record.
 */
export const requestKeys = pgTable(
  'request_keys',
  {
    actorId: uuid().notNull(),
    key: text().notNull(),
    /** What the key was used for ('services.counter.case'); the same key for another use is refused. */
    scope: text().notNull(),
    /** The record made (a case's id). */
    resultId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorId, t.key] }), index('request_keys_created_idx').on(t.createdAt)],
);
