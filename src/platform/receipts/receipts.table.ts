import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Wrong query passwords (查询密码), counted per receipt code whether or not anything has that code
 * (keyed digest of the scope and the code), so a lock after too many says nothing about whether the
 * code exists. One table for every module that hands out a receipt code with a password.
 */
export const receiptAttempts = pgTable('receipt_attempts', {
  codeKey: text().primaryKey(),
  failures: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});
