import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { accounts } from '../access/access.table.ts';

export const ONE_TIME_PURPOSES = ['password-reset', 'totp-enrol'] as const;
export type OneTimePurpose = (typeof ONE_TIME_PURPOSES)[number];

// One-time codes (一次性验证码) that only the account's owner receives: a password-reset code (sent
// to the email or phone on the account, or handed over at the counter) and a second-factor binding
// code. Stored as HMAC-SM3 under the platform key (outside the database), used once, a few tries.
export const oneTimeCodes = pgTable(
  'one_time_codes',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    purpose: text().$type<OneTimePurpose>().notNull(),
    codeHash: text().notNull(),
    // How it reached the owner: 'email', 'sms', 'email+sms' or 'counter' (handed over by window staff).
    channel: text().notNull(),
    // The masked address or number it went to, for the audit trail and the person's screen.
    sentTo: text().notNull().default(''),
    // Window staff who handed it over, or the administrator whose approval issued it.
    issuedBy: uuid(),
    attempts: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('one_time_codes_account_idx').on(t.accountId, t.purpose, t.createdAt)],
);
