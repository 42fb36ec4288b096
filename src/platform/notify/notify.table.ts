import { sql } from 'drizzle-orm';
import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// In-app inbox (站内消息).
export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid().notNull(),
    category: text().notNull().default('system'),
    title: text().notNull(),
    body: text().notNull().default(''),
    link: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('notifications_account_idx').on(t.accountId, t.readAt, t.createdAt)],
);

export const DELIVERY_STATUSES = ['pending', 'sent', 'logged', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

// Every email and SMS sent (or logged), for the record and for retries. An outbox: the row is
// written 'pending' in the transaction of the change, and the dispatcher sends it after commit.
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    channel: text().$type<'email' | 'sms'>().notNull(),
    // Email: the address. SMS: the masked number (the full one stays SM4-encrypted on the account).
    recipient: text().notNull(),
    accountId: uuid(),
    subject: text().notNull().default(''),
    body: text().notNull(),
    status: text().$type<DeliveryStatus>().notNull(),
    error: text(),
    attempts: integer().notNull().default(0),
    // When the dispatcher may (re)try; a claimed row is leased by moving this forward.
    nextAttemptAt: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('deliveries_created_idx').on(t.createdAt),
    index('deliveries_pending_idx').on(t.status, t.nextAttemptAt),
  ],
);

// Reminders sent, by idempotency key: the primary key makes "exactly once" hold across instances.
export const reminderKeys = pgTable('reminder_keys', {
  key: text().primaryKey(),
  sentAt: timestamp({ withTimezone: true }).notNull(),
});
