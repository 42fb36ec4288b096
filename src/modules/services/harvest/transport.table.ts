import { sql } from 'drizzle-orm';
import { date, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// 木材运输证: abolished on 2020-07-01. A read-only archive of historical permits, filled only by
// importing old records; nothing in the platform issues one.
export const timberTransportPermits = pgTable('timber_transport_permits', {
  id: uuid().primaryKey().defaultRandom(),
  number: text().notNull().unique(),
  issuedOn: date().notNull(),
  validFrom: date().notNull(),
  validUntil: date().notNull(),
  issuer: text().notNull(),
  shipper: text().notNull(),
  origin: text().notNull(),
  destination: text().notNull(),
  species: text().notNull(),
  assortment: text().notNull(),
  volume: numeric({ precision: 12, scale: 3, mode: 'number' }).notNull(),
  pieces: integer(),
  vehicle: text(),
  note: text(),
  // A digest of the row's content: importing the same row again changes nothing.
  rowHash: text().notNull(),
  sourceName: text(),
  importedAt: timestamp({ withTimezone: true }).notNull(),
  importedBy: uuid(),
  createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
});
