import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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

// Every email and SMS sent (or logged), for the record and for retries.
export const deliveries = pgTable(
  'deliveries',
  {
    id: uuid().primaryKey().defaultRandom(),
    channel: text().$type<'email' | 'sms'>().notNull(),
    recipient: text().notNull(),
    subject: text().notNull().default(''),
    body: text().notNull(),
    status: text().$type<'sent' | 'logged' | 'failed'>().notNull(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('deliveries_created_idx').on(t.createdAt)],
);

// Reminders sent, by idempotency key: the primary key makes "exactly once" hold across instances.
export const reminderKeys = pgTable('reminder_keys', {
  key: text().primaryKey(),
  sentAt: timestamp({ withTimezone: true }).notNull(),
});
