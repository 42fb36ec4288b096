import { bigint, integer, pgTable, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row: the version of the public site's content. Every change the public can see (a
 * publication, revision, withdrawal, a column edit) raises it in its transaction; each instance's
 * page cache drops pages of older versions. (Named when the portal was its only writer.)
 */
export const siteVersion = pgTable('portal_site_version', {
  id: integer().primaryKey(),
  version: bigint({ mode: 'number' }).notNull(),
  changedAt: timestamp({ withTimezone: true }).notNull(),
});
