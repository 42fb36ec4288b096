import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// 木材运输证: abolished on 2020-07-01. A read-only archive of historical permits, filled only by
// importing old records; nothing in the platform issues one.
// A permit belongs to the county whose bureau issued it (and through it to the city), as harvest
// permits do: the columns the region data scope reads (a city bureau sees its counties' permits).
// Null when the import could not tell the county: then only the province's own units see the row.
export const timberTransportPermits = pgTable(
  'timber_transport_permits',
  {
    id: uuid().primaryKey().defaultRandom(),
    number: text().notNull().unique(),
    issuedOn: date().notNull(),
    validFrom: date().notNull(),
    validUntil: date().notNull(),
    issuer: text().notNull(),
    /** 签发机关所在县级行政区划代码; null when only the city (or nothing) is known. */
    countyCode: text(),
    /** 所在省辖市代码. */
    cityCode: text(),
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
  },
  (t) => [index('timber_transport_permits_region_idx').on(t.cityCode, t.countyCode)],
);
