// Questions of the human check (人机验证) handed out and not yet answered: the answer's keyed hash
// only. A row is used up by the first answer given to it (used_at), right or wrong.
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const humanChecks = pgTable('human_checks', {
  id: uuid().primaryKey().defaultRandom(),
  answerHash: text().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
});
