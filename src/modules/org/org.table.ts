import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Unit types: 省局 / 处室 / 直属单位 / 省辖市林业局 / 县级林业局
export const UNIT_TYPES = ['department', 'division', 'affiliated', 'city_bureau', 'county_bureau'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const units = pgTable(
  'units',
  {
    id: uuid().primaryKey().defaultRandom(),
    parentId: uuid().references((): import('drizzle-orm/pg-core').AnyPgColumn => units.id),
    code: text().notNull().unique(),
    name: text().notNull(),
    shortName: text(),
    type: text().$type<UnitType>().notNull(),
    // Administrative division code (行政区划代码) for city and county bureaus.
    regionCode: text(),
    // Materialized path of ids, '/root/child/', so "unit and below" is one prefix match.
    path: text().notNull(),
    sort: integer().notNull().default(0),
    // How sure the reference data is of this unit's name: verified / partially_verified / reconstructed.
    dataStatus: text(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('units_parent_idx').on(t.parentId), index('units_path_idx').on(t.path)],
);

export const people = pgTable(
  'people',
  {
    id: uuid().primaryKey().defaultRandom(),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
    name: text().notNull(),
    title: text(), // 职务
    // Leader rank: director 局长, deputy 副局长, other 其他局领导; null for ordinary staff.
    leaderRank: text().$type<'director' | 'deputy' | 'other'>(),
    phoneEnc: text(), // SM4
    phoneMask: text(),
    email: text(),
    sort: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('people_unit_idx').on(t.unitId)],
);

// 分管: the divisions and units each leader is in charge of.
export const leaderCharges = pgTable(
  'leader_charges',
  {
    personId: uuid()
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    unitId: uuid()
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.personId, t.unitId] })],
);
