import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FormValues } from '../forms.ts';
import type { ForestCategory, HarvestMethod, HarvestType } from './harvest.form.ts';

const m3 = () => numeric({ precision: 14, scale: 2, mode: 'number' });

export const PERMIT_STATUSES = ['approved', 'issued', 'revoked'] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

// 林木采伐许可证: written when a case of LIC-01 is approved (its quota consumed), numbered and
// printed when the certificate is issued, revoked with a reason. The facts the register, the
// verification page and the certificate show are copied here from the case at approval.
export const harvestPermits = pgTable(
  'harvest_permits',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: text().notNull().unique(),
    receiptCode: text().notNull(),
    applicantAccountId: uuid(),
    holderKind: text().$type<'citizen' | 'org'>().notNull(),
    holderName: text().notNull(),
    countyCode: text().notNull(),
    cityCode: text().notNull(),
    township: text().notNull(),
    village: text().notNull(),
    compartment: text().notNull(),
    subCompartment: text().notNull(),
    placeName: text().notNull(),
    forestCategory: text().$type<ForestCategory>().notNull(),
    harvestType: text().$type<HarvestType>().notNull(),
    harvestMethod: text().$type<HarvestMethod>(),
    species: text().notNull(),
    areaMu: m3().notNull(),
    stockVolume: m3().notNull(),
    periodFrom: date().notNull(),
    periodTo: date().notNull(),
    // The application as submitted, for the certificate's other fields.
    form: jsonb().$type<FormValues>().notNull(),
    quotaId: uuid(),
    status: text().$type<PermitStatus>().notNull().default('approved'),
    approvedAt: timestamp({ withTimezone: true }).notNull(),
    // The certificate: number per the province's scheme, its serial from platform numbering
    // (series harvest.certificate).
    number: text().unique(),
    // The number with brackets and spaces normalised, for lookups typed by hand.
    numberKey: text().unique(),
    year: integer(),
    serial: integer(),
    issuedAt: timestamp({ withTimezone: true }),
    issuingAuthority: text(),
    revokedAt: timestamp({ withTimezone: true }),
    revokeReason: text(),
    revokedBy: uuid(),
    releasedVolume: m3(),
    // The issued PDF in the platform's file store (stored_files).
    certificateFileId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex('harvest_permits_serial_key').on(t.year, t.serial),
    index('harvest_permits_register_idx').on(t.status, t.issuedAt),
    index('harvest_permits_county_idx').on(t.countyCode),
  ],
);
