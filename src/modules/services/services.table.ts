import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { FormDefinition, FormValues } from './forms.ts';

export const ITEM_KINDS = ['on_the_spot', 'promised'] as const; // 即办件 / 承诺件
export type ItemKind = (typeof ITEM_KINDS)[number];
export const DATA_STATUSES = ['verified', 'partially_verified', 'reconstructed'] as const;
export type ItemDataStatus = (typeof DATA_STATUSES)[number];

export interface LegalBasis {
  instrument: string;
  article: string;
  /** How sure the reference data is: 'verified …', 'medium', 'low', 'reconstructed'. */
  confidence: string;
}

export interface FeeLine {
  code: string; // FEE-01
  name: string;
  basis: string;
  standard: string;
}

export interface FeeInfo {
  /** No fee at all (most forestry licences). */
  free: boolean;
  lines: FeeLine[];
  note?: string;
}

/**
 * 不计入办理时限的程序 (行政许可法 第四十五条): the closed list of the law — hearing, tender, auction,
 * testing (检验, 检测, 检疫), appraisal, expert review — and the two an item's own rule may add
 * (现场核查, 许可前公示), each with the basis that makes its time not counted.
 */
export const NOT_COUNTED_KINDS = [
  'hearing', // 听证
  'tender', // 招标
  'auction', // 拍卖
  'inspection_test', // 检验
  'testing', // 检测
  'quarantine', // 检疫
  'appraisal', // 鉴定
  'expert_review', // 专家评审
  'site_check', // 现场核查: only where the item's rule says so
  'public_notice', // 许可前公示: likewise
] as const;
export type NotCountedKind = (typeof NOT_COUNTED_KINDS)[number];

export interface NotCountedProcedure {
  kind: NotCountedKind;
  name: string;
  /** The legal basis for not counting its time, as cited to the applicant. */
  basis: string;
  /** How sure the catalogue is of the citation ('verified', or what is still to confirm); staff only. */
  confidence: string;
}

/** A §45 procedure under way on a case: the clocks are paused until it ends. */
export interface OpenNotCounted {
  kind: NotCountedKind;
  name: string;
  basis: string;
  reason: string;
  startedAt: string;
  expectedEnd: string | null;
  documentNumber: string;
}

// 事项 (service item): the guide of one licensing item and its application form, as data.
export const serviceItems = pgTable('service_items', {
  code: text().primaryKey(), // 'LIC-01'
  name: text().notNull(),
  kind: text().$type<ItemKind>().notNull(),
  category: text().notNull().default('行政许可'),
  legalBasis: jsonb().$type<LegalBasis[]>().notNull(),
  conditions: text().notNull(),
  place: text().notNull(),
  hours: text().notNull(),
  phone: text().notNull(),
  procedure: jsonb().$type<string[]>().notNull(),
  statutoryWorkdays: integer().notNull(),
  promisedWorkdays: integer().notNull(),
  fees: jsonb().$type<FeeInfo>().notNull(),
  topics: jsonb().$type<string[]>().notNull(),
  lifeEvents: jsonb().$type<string[]>().notNull(),
  audiences: jsonb().$type<Array<'citizen' | 'org'>>().notNull(),
  form: jsonb().$type<FormDefinition>().notNull(),
  // The unit that reviews and decides (处室), by code; the acceptance centre receives every item.
  handlingUnitCode: text().notNull(),
  issuingLevels: jsonb().$type<string[]>().notNull(),
  // 第四十五条: the procedures whose time this item does not count, with their basis.
  notCounted: jsonb().$type<NotCountedProcedure[]>().notNull().default([]),
  dataStatus: text().$type<ItemDataStatus>().notNull(),
  verificationNote: text().notNull().default(''),
  active: boolean().notNull().default(true),
  sort: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  updatedBy: uuid(),
});

/**
 * 表单版本: every saved version of an item's application form (fields and materials), with who saved
 * it and when. A case is shown with the version in force when it was submitted; version 1 is the form
 * as it was before the first edit.
 */
export const serviceItemFormVersions = pgTable(
  'service_item_form_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    itemCode: text()
      .notNull()
      .references(() => serviceItems.code, { onDelete: 'cascade' }),
    version: integer().notNull(),
    form: jsonb().$type<FormDefinition>().notNull(),
    note: text().notNull().default(''),
    savedAt: timestamp({ withTimezone: true }).notNull(),
    savedBy: uuid(),
    savedByName: text().notNull(),
  },
  (t) => [
    uniqueIndex('service_item_form_versions_item_version_idx').on(t.itemCode, t.version),
    index('service_item_form_versions_item_saved_idx').on(t.itemCode, t.savedAt),
  ],
);

export const CASE_STATUSES = [
  'submitted', // 已提交，待受理
  'completion_requested', // 待补正
  'accepted', // 已受理
  'under_review', // 审查中
  'inspection', // 现场核查
  'public_notice', // 公示中
  'approved', // 准予许可（待发证）
  'completed', // 已办结（已发证 / 已送达决定书）
  'not_accepted', // 不予受理
  'refused', // 不予许可
  'withdrawn', // 申请人撤回
  'revoked', // 已撤销
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

// The queue a case sits in; one column so every queue is one index range ordered by queueAt.
export const CASE_STAGES = [
  'acceptance',
  'completion',
  'review',
  'inspection',
  'notice',
  'issuing',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

// 办件 (case): one application and everything that happens to it.
export const serviceCases = pgTable(
  'service_cases',
  {
    id: uuid().primaryKey().defaultRandom(),
    itemCode: text()
      .notNull()
      .references(() => serviceItems.code),
    // 受理查询码: 12 characters, unguessable; with the phone's or ID's last 4 it opens the details.
    receiptCode: text().notNull(),
    channel: text().$type<'online' | 'counter'>().notNull(),
    status: text().$type<CaseStatus>().notNull(),
    stage: text().$type<CaseStage>().notNull(),
    // Open cases: the nearest due date (acceptance, then statutory); closed ones: when they closed.
    queueAt: timestamp({ withTimezone: true }).notNull(),
    applicantAccountId: uuid(),
    applicantKind: text().$type<'citizen' | 'org'>().notNull(),
    applicantName: text().notNull(),
    // ID number or credit code: SM4 at rest, masked copy for lists.
    applicantIdEnc: text(),
    applicantIdMask: text(),
    phoneEnc: text(),
    phoneMask: text(),
    countyCode: text(),
    countyUnitId: uuid(),
    countyPath: text(),
    // The division that reviews and decides, and the acceptance centre (受理单位).
    unitId: uuid(),
    unitPath: text(),
    acceptUnitId: uuid(),
    acceptUnitPath: text(),
    // The form as submitted; idNumber and phone fields are SM4-sealed inside.
    form: jsonb().$type<FormValues>().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    receivedBy: uuid(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: uuid(),
    // 视为受理 (行政许可法 第三十二条): no decision on acceptance in time, accepted as of receipt.
    deemedAccepted: boolean().notNull().default(false),
    // 第四十五条: the not-counted procedure under way (听证, 专家评审 …), null when none.
    notCounted: jsonb().$type<OpenNotCounted>(),
    decision: text().$type<'approve' | 'refuse' | 'not_accept'>(),
    decidedAt: timestamp({ withTimezone: true }),
    decidedBy: uuid(),
    closedAt: timestamp({ withTimezone: true }),
    // Where the case goes back to after 补正 or 现场核查.
    resumeStatus: text().$type<CaseStatus>(),
    promisedWorkdays: integer().notNull(),
    classifyNote: text(),
    acceptanceClockId: uuid(),
    statutoryClockId: uuid(),
    promisedClockId: uuid(),
    certificateClockId: uuid(),
    acceptanceDueAt: timestamp({ withTimezone: true }),
    statutoryDueAt: timestamp({ withTimezone: true }),
    promisedDueAt: timestamp({ withTimezone: true }),
    extensionDays: integer().notNull().default(0),
    noticeEndsAt: timestamp({ withTimezone: true }),
    noticeDone: boolean().notNull().default(false),
    // onApprove of the item's handler ran (and committed): refusal/withdrawal/revocation must release.
    handlerApproved: boolean().notNull().default(false),
    certificateId: text(),
    certificateNumber: text(),
    certificateUrl: text(),
    // At the decision: working days used (pauses excluded) and whether both limits were kept.
    usedWorkdays: integer(),
    onTime: boolean(),
    verifyFailures: integer().notNull().default(0),
    verifyLockedUntil: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('service_cases_receipt_idx').on(t.receiptCode),
    index('service_cases_stage_idx').on(t.stage, t.queueAt),
    index('service_cases_unit_stage_idx').on(t.unitId, t.stage, t.queueAt),
    index('service_cases_accept_stage_idx').on(t.acceptUnitId, t.stage, t.queueAt),
    index('service_cases_county_path_idx').on(t.countyPath.op('text_pattern_ops'), t.stage),
    index('service_cases_applicant_idx').on(t.applicantAccountId, t.submittedAt),
    index('service_cases_item_idx').on(t.itemCode, t.submittedAt),
    // The queue's filters, each one index range in queue order: by item, by county, and overdue
    // (open cases only: a small partial index over the few open ones among a million). The item and
    // county ones end with the two scope columns (received by, handled by): a unit's capped count of
    // a filtered queue then reads the index alone (no heap visit per case), and the page's scope
    // test is made on the index entry before the row is fetched.
    index('service_cases_item_stage_idx').on(t.itemCode, t.stage, t.queueAt, t.acceptUnitId, t.unitId),
    index('service_cases_county_stage_idx').on(t.countyCode, t.stage, t.queueAt, t.acceptUnitId, t.unitId),
    index('service_cases_open_queue_idx').on(t.queueAt).where(sql`${t.stage} <> 'closed'`),
    index('service_cases_submitted_idx').on(t.submittedAt),
    index('service_cases_decided_idx').on(t.decidedAt),
  ],
);

// 办理材料 received: an uploaded file (online) or paper checked at the counter.
export const serviceCaseMaterials = pgTable(
  'service_case_materials',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => serviceCases.id, { onDelete: 'cascade' }),
    specCode: text().notNull(),
    specName: text().notNull(),
    source: text().$type<'online' | 'paper'>().notNull(),
    fileId: uuid(),
    fileName: text(),
    contentType: text(),
    sizeBytes: integer(),
    copies: integer(),
    note: text(),
    // 0 with the application, 1, 2… with each 补正.
    round: integer().notNull().default(0),
    receivedBy: uuid(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('service_case_materials_case_idx').on(t.caseId)],
);

export interface DraftFile {
  specCode: string;
  fileId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

// 草稿: one per signed-in applicant and item.
export const serviceDrafts = pgTable(
  'service_drafts',
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: uuid().notNull(),
    itemCode: text()
      .notNull()
      .references(() => serviceItems.code),
    values: jsonb().$type<FormValues>().notNull(),
    files: jsonb().$type<DraftFile[]>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('service_drafts_owner_idx').on(t.accountId, t.itemCode)],
);

// 收费: a fee assessed on a case and how it was paid.
export const servicePayments = pgTable(
  'service_payments',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => serviceCases.id, { onDelete: 'cascade' }),
    feeCode: text().notNull(),
    feeName: text().notNull(),
    basis: text().notNull(),
    amountCents: bigint({ mode: 'number' }).notNull(),
    status: text().$type<'due' | 'paid' | 'waived'>().notNull(),
    driver: text(),
    receiptNo: text(),
    reference: text(),
    assessedBy: uuid(),
    assessedAt: timestamp({ withTimezone: true }).notNull(),
    paidAt: timestamp({ withTimezone: true }),
    recordedBy: uuid(),
  },
  (t) => [index('service_payments_case_idx').on(t.caseId)],
);

export const DOCUMENT_KINDS = [
  'not_accepted_notice', // 不予受理通知书
  'completion_notice', // 补正材料通知书
  'acceptance_notice', // 受理通知书
  'approval_decision', // 准予行政许可决定书
  'refusal_decision', // 不予行政许可决定书
  'not_counted_notice', // 不计入办理时限告知书 (第四十五条 书面告知)
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

// 文书: the notices and decisions the department issues on a case, numbered without gaps per year.
export const serviceDocuments = pgTable(
  'service_documents',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => serviceCases.id, { onDelete: 'cascade' }),
    kind: text().$type<DocumentKind>().notNull(),
    number: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    issuedAt: timestamp({ withTimezone: true }).notNull(),
    issuedBy: uuid(),
  },
  (t) => [
    index('service_documents_case_idx').on(t.caseId),
    uniqueIndex('service_documents_number_idx').on(t.number),
  ],
);
