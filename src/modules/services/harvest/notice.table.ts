import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ForestCategory, HarvestMethod, HarvestType } from './harvest.form.ts';

const m3 = () => numeric({ precision: 14, scale: 2, mode: 'number' });

// 采伐前公示: a larger harvest is published for a number of working days before the decision;
// anyone may object during the period. One notice per case.
export const harvestNotices = pgTable(
  'harvest_notices',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: text().notNull().unique(),
    receiptCode: text().notNull(),
    holderKind: text().$type<'citizen' | 'org'>().notNull(),
    holderName: text().notNull(),
    countyCode: text().notNull(),
    township: text().notNull(),
    village: text().notNull(),
    forestCategory: text().$type<ForestCategory>().notNull(),
    harvestType: text().$type<HarvestType>().notNull(),
    harvestMethod: text().$type<HarvestMethod>(),
    species: text().notNull(),
    areaMu: m3().notNull(),
    stockVolume: m3().notNull(),
    periodFrom: date().notNull(),
    periodTo: date().notNull(),
    // The notice period: from the day after publication, `workdays` working days.
    publishedAt: timestamp({ withTimezone: true }).notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    workdays: integer().notNull(),
    // withdrawn: the case ended (refused, withdrawn) before the notice did.
    status: text().$type<'open' | 'withdrawn'>().notNull().default('open'),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('harvest_notices_period_idx').on(t.status, t.endsOn)],
);

// 异议: an objection to a noticed harvest, from anyone, with an optional way to reach them.
export const harvestObjections = pgTable(
  'harvest_objections',
  {
    id: uuid().primaryKey().defaultRandom(),
    noticeId: uuid()
      .notNull()
      .references(() => harvestNotices.id),
    caseId: text().notNull(),
    name: text().notNull(),
    // SM4-encrypted contact (phone or email), masked for lists.
    contactEnc: text(),
    contactMask: text(),
    content: text().notNull(),
    accountId: uuid(),
    ip: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('harvest_objections_case_idx').on(t.caseId)],
);
