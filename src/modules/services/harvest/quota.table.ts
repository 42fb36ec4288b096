import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ForestCategory, HarvestType } from './harvest.form.ts';

const m3 = () => numeric({ precision: 14, scale: 2, mode: 'number' });

// 采伐限额: the annual harvest quota of one county, forest category and harvest type, in m³ of
// stock volume. The row is the balance; every movement is a ledger row written in the same
// transaction, and the balance always equals the ledger's sum (reconcileQuota checks it).
export const harvestQuotas = pgTable(
  'harvest_quotas',
  {
    id: uuid().primaryKey().defaultRandom(),
    // 县级行政区划代码, and its 省辖市 for per-city views.
    countyCode: text().notNull(),
    cityCode: text().notNull(),
    // The five-year plan (e.g. 2026 for 2026–2030, 十五五) and the year within it.
    periodStart: integer().notNull(),
    year: integer().notNull(),
    forestCategory: text().$type<ForestCategory>().notNull(),
    harvestType: text().$type<HarvestType>().notNull(),
    allocated: m3().notNull().default(0),
    consumed: m3().notNull().default(0),
    remaining: m3().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex('harvest_quotas_key').on(t.countyCode, t.year, t.forestCategory, t.harvestType),
    index('harvest_quotas_year_city_idx').on(t.year, t.cityCode),
    // The last line of defence against an overdraft, whatever the code does.
    check('harvest_quotas_remaining_nonneg', sql`${t.remaining} >= 0`),
    check('harvest_quotas_balance', sql`${t.remaining} = ${t.allocated} - ${t.consumed}`),
  ],
);

export const QUOTA_MOVEMENTS = ['allocation', 'consumption', 'release', 'adjustment'] as const;
export type QuotaMovement = (typeof QUOTA_MOVEMENTS)[number];

// Every movement of a quota: allocation (下达) +, consumption by an approved permit −, release by a
// refusal or revocation +, adjustment (调整) ±. `amount` is the signed change of the remaining balance.
export const harvestQuotaLedger = pgTable(
  'harvest_quota_ledger',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Order of entry: movements in one transaction share a timestamp.
    seq: bigint({ mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    quotaId: uuid()
      .notNull()
      .references(() => harvestQuotas.id),
    kind: text().$type<QuotaMovement>().notNull(),
    amount: m3().notNull(),
    remainingAfter: m3().notNull(),
    // The case and permit behind a consumption or release.
    caseId: text(),
    receiptCode: text(),
    permitId: uuid(),
    // The allocation's document (下达文件文号) or the reason of an adjustment, release or revocation.
    basis: text(),
    actorId: uuid(),
    actorName: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('harvest_quota_ledger_quota_idx').on(t.quotaId, t.at),
    index('harvest_quota_ledger_case_idx').on(t.caseId),
  ],
);
