// Tables of government openness (政务公开): the disclosure guide's versions, the catalogue's
// categories and its entries. A guide is never edited in place: every save is a new version, so
// what the public read on a given day can always be shown again.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accounts } from '../../platform/access/access.table.ts';

/** The parts the 2019 Regulations (art. 12) ask of a disclosure guide (政府信息公开指南). */
export const GUIDE_PARTS = ['scope', 'channels', 'procedure', 'fees', 'remedies', 'office'] as const;
export type GuidePart = (typeof GUIDE_PARTS)[number];
export type GuideSections = Record<GuidePart, string>;

/** One version of the disclosure guide; the one with the highest version is in force. */
export const opennessGuideVersions = pgTable(
  'openness_guide_versions',
  {
    id: uuid().primaryKey().defaultRandom(),
    version: integer().notNull(),
    title: text().notNull(),
    sections: jsonb().$type<GuideSections>().notNull(),
    // Office address, hours and phone: shown in the guide's 工作机构 part and on the apply page.
    officeAddress: text().notNull(),
    officeHours: text().notNull(),
    officePhone: text().notNull(),
    // 修订说明: what changed, for the version history.
    note: text().notNull().default(''),
    createdBy: uuid().references(() => accounts.id),
    createdByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [uniqueIndex('openness_guide_versions_version_idx').on(t.version)],
);

// public 向社会公开 / internal 机关内部公开 (signed-in staff only; never the public search or a crawler)
export const CATEGORY_AUDIENCES = ['public', 'internal'] as const;
export type CategoryAudience = (typeof CATEGORY_AUDIENCES)[number];

/** A category of the disclosure catalogue (公开目录类别): the department's own list, editable. */
export const opennessCategories = pgTable(
  'openness_categories',
  {
    id: uuid().primaryKey().defaultRandom(),
    code: text().notNull(),
    name: text().notNull(),
    audience: text().$type<CategoryAudience>().notNull(),
    description: text().notNull().default(''),
    sort: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [uniqueIndex('openness_categories_code_idx').on(t.code)],
);

// in_force 有效 / amended 已修订 / repealed 已废止
export const VALIDITIES = ['in_force', 'amended', 'repealed'] as const;
export type Validity = (typeof VALIDITIES)[number];

export interface EntryAttachment {
  fileId: string;
  name: string;
}

/** An entry of the disclosure catalogue (政府信息公开目录): one piece of information disclosed. */
export const opennessEntries = pgTable(
  'openness_entries',
  {
    id: uuid().primaryKey().defaultRandom(),
    // 索引号, e.g. 11410000MB1D8940X7/2026-00017: gap-free per year through kernel numbering.
    indexNo: text().notNull(),
    year: integer().notNull(),
    serial: integer().notNull(),
    categoryId: uuid()
      .notNull()
      .references(() => opennessCategories.id),
    title: text().notNull(),
    summary: text().notNull().default(''),
    // 成文日期: the date the information was made (the proactive-disclosure clock starts here).
    madeOn: date({ mode: 'string' }).notNull(),
    // 文号, e.g. 豫林规〔2026〕3号; empty for information without one.
    docNumber: text().notNull().default(''),
    issuer: text().notNull(),
    // 发布日期
    publishedOn: date({ mode: 'string' }).notNull(),
    // 主题分类 (e.g. 农业、林业、水利 / 林业) and 体裁 (通知、公告、规划…)
    subject: text().notNull(),
    genre: text().notNull(),
    validity: text().$type<Validity>().notNull().default('in_force'),
    // The entry that amends or replaces this one (修订/废止后的新文件); its predecessor is found back.
    successorId: uuid(),
    body: text().notNull().default(''),
    attachments: jsonb().$type<EntryAttachment[]>().notNull().default([]),
    // A portal article registered into the catalogue: the entry and the article stay one record.
    articleId: uuid(),
    createdBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex('openness_entries_index_no_idx').on(t.indexNo),
    uniqueIndex('openness_entries_year_serial_idx').on(t.year, t.serial),
    uniqueIndex('openness_entries_article_idx').on(t.articleId).where(sql`${t.articleId} is not null`),
    // Browsing: a category's newest first, and the whole catalogue's newest first.
    index('openness_entries_category_idx').on(t.categoryId, t.publishedOn.desc(), t.id),
    index('openness_entries_published_idx').on(t.publishedOn.desc(), t.id),
    index('openness_entries_successor_idx').on(t.successorId),
  ],
);

// ---- applications for disclosure (依申请公开, 条例 第二十七条至第四十五条) ----

// The annual report's applicant types (2021 template, table 3): a person, or an organisation of
// one of five kinds.
export const APPLICANT_TYPES = [
  'person',
  'business',
  'research',
  'public_interest',
  'legal_service',
  'other_org',
] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

// received 已收到（待审查） / supplement 待补正 / processing 办理中 / consulting 征求第三方意见 /
// answered 已答复 / abandoned 视为放弃（逾期未补正）
export const APPLICATION_STATUSES = [
  'received',
  'supplement',
  'processing',
  'consulting',
  'answered',
  'abandoned',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

// The statutory reply types (第三十六条), grouped as the annual report counts them.
export const REPLY_TYPES = [
  'already_public',
  'disclosed',
  'partly',
  'withheld',
  'not_held',
  'not_ours',
  'not_handled',
  'other',
] as const;
export type ReplyType = (typeof REPLY_TYPES)[number];

/** One application for disclosure; its steps are on the platform timeline, its limits on clocks. */
export const opennessApplications = pgTable(
  'openness_applications',
  {
    id: uuid().primaryKey().defaultRandom(),
    // 依申请公开受理号, e.g. 豫林依申〔2026〕17号: gap-free per year through kernel numbering.
    number: text().notNull(),
    year: integer().notNull(),
    // 查询码 (12 characters, no look-alikes) and the keyed digest of the 6-digit 查询密码.
    receiptCode: text().notNull(),
    passwordKey: text().notNull(),
    // online 网上申请 / counter 当面 / mail 信函 / fax 传真 / email 电子邮件
    submittedVia: text().notNull(),
    applicantType: text().$type<ApplicantType>().notNull(),
    applicantName: text().notNull(),
    // 身份证件号码 or 统一社会信用代码, encrypted (SM4); the organisation's contact person plain.
    idNumberEnc: text().notNull(),
    idKind: text().notNull(),
    contactPerson: text().notNull().default(''),
    phoneEnc: text().notNull(),
    emailEnc: text(),
    addressEnc: text(),
    // 所需信息的名称、文号或者便于查询的其他特征性描述, and the purpose (optional, never required).
    description: text().notNull(),
    docNumber: text().notNull().default(''),
    // 获取信息的方式: paper 纸质 / electronic 电子; 途径: mail 邮寄 / email 电子邮件 / pickup 自行领取 / online 网上查阅
    formWanted: text().notNull(),
    channelWanted: text().notNull(),
    status: text().$type<ApplicationStatus>().notNull().default('received'),
    // 收到申请之日 (第三十一条), and when the reply clock last (re)started.
    receivedAt: timestamp({ withTimezone: true }).notNull(),
    clockStartedAt: timestamp({ withTimezone: true }).notNull(),
    // The date that governs now (the reply's, or the applicant's 补正 window's), copied from its
    // clock for the queue's order by days left; kept in step when the calendar moves it.
    dueAt: timestamp({ withTimezone: true }),
    dueKind: text(),
    handlerId: uuid().references(() => accounts.id),
    // 补正: what is asked, by when, and what came back.
    supplementRequest: text(),
    supplementRequestedAt: timestamp({ withTimezone: true }),
    supplementText: text(),
    supplementedAt: timestamp({ withTimezone: true }),
    // 征求第三方意见
    consultParty: text(),
    consultStartedAt: timestamp({ withTimezone: true }),
    // Working days of extension granted so far (≤ 20, 第三十三条).
    extendedDays: integer().notNull().default(0),
    // The reply (答复): its type, the reason category where the type has one, the explanation, the
    // place where already-public information is found or the office it belongs to.
    replyType: text().$type<ReplyType>(),
    replyReason: text(),
    replyText: text(),
    replyWhere: text(),
    replyNumber: text(),
    answeredAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('openness_applications_number_idx').on(t.number),
    uniqueIndex('openness_applications_receipt_idx').on(t.receiptCode),
    index('openness_applications_open_idx').on(t.status, t.dueAt),
    index('openness_applications_year_idx').on(t.year, t.applicantType),
  ],
);

// ---- fee items (行政事业性收费) ----

// in_force 现行征收 / abolished 已取消（含停征、标准降为零）
export const FEE_STATUSES = ['in_force', 'abolished'] as const;
export type FeeStatus = (typeof FEE_STATUSES)[number];

/**
 * A fee item the department collects or collected (收费项目), with its basis, standard and collecting
 * body. An abolished item stays listed, with the document that abolished it. `verified` is the
 * office's word that the facts were checked against the documents: only verified items reach the
 * public page; an unverified one is shown to staff with its 待核实 note.
 */
export const opennessFeeItems = pgTable(
  'openness_fee_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    // FEE-01…: a stable code for the list's order and for the audit log.
    code: text().notNull(),
    name: text().notNull(),
    // 行政事业性收费 / 政府性基金 …
    kind: text().notNull(),
    // 收费依据 (one document per line) and 收费标准
    basis: text().notNull(),
    standard: text().notNull().default(''),
    // 执收单位
    collector: text().notNull(),
    status: text().$type<FeeStatus>().notNull(),
    abolishedOn: date({ mode: 'string' }),
    // 取消（停征）文件, e.g. 财税〔2016〕11号
    abolishedBy: text().notNull().default(''),
    verified: boolean().notNull().default(false),
    // What is not yet checked and why (staff only; never on the public page).
    verifyNote: text().notNull().default(''),
    sort: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('openness_fee_items_code_idx').on(t.code)],
);

// ---- laws and regulations library (政策法规) ----

// law 法律 / administrative_regulation 行政法规 / local_regulation 地方性法规 /
// departmental_rule 部门规章 / normative_document 规范性文件
export const LAW_KINDS = [
  'law',
  'administrative_regulation',
  'local_regulation',
  'departmental_rule',
  'normative_document',
] as const;
export type LawKind = (typeof LAW_KINDS)[number];

/**
 * One law, regulation, rule or normative document of the library (政策法规库): its issuing body,
 * number, adoption and effective dates, validity and full text. As with fee items, `verified` is the
 * office's word that the title, number and dates were checked against the official text: only
 * verified entries are published and searchable; the rest are shown to staff with their note.
 */
export const opennessLaws = pgTable(
  'openness_laws',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<LawKind>().notNull(),
    title: text().notNull(),
    // 制定机关 and 文号/令号 (e.g. 中华人民共和国主席令第三十九号, 国务院令第541号)
    issuer: text().notNull(),
    docNumber: text().notNull().default(''),
    // 通过（公布）日期 and 施行日期; an unverified entry may lack them.
    adoptedOn: date({ mode: 'string' }),
    effectiveOn: date({ mode: 'string' }),
    validity: text().$type<Validity>().notNull().default('in_force'),
    // 修订情况 and other notes the public reads; the full text (全文).
    note: text().notNull().default(''),
    body: text().notNull().default(''),
    verified: boolean().notNull().default(false),
    verifyNote: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('openness_laws_kind_idx').on(t.kind, t.effectiveOn.desc(), t.id),
    index('openness_laws_effective_idx').on(t.effectiveOn.desc(), t.id),
  ],
);

// ---- public notices (公示) ----

// cadre 干部任前公示 / title 职称评审结果公示 / project 项目公示 / other 其他公示
export const NOTICE_TYPES = ['cadre', 'title', 'project', 'other'] as const;
export type NoticeType = (typeof NOTICE_TYPES)[number];

/**
 * A public notice (公示): shown to the public from its first to its last day (inclusive, China
 * dates) and archived after — kept for staff, no longer on the public site. Objections come in
 * online during the period.
 */
export const opennessNotices = pgTable(
  'openness_notices',
  {
    id: uuid().primaryKey().defaultRandom(),
    type: text().$type<NoticeType>().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    // 受理异议的单位、电话、地址
    contact: text().notNull(),
    createdBy: uuid().references(() => accounts.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('openness_notices_period_idx').on(t.endsOn, t.startsOn)],
);

/** An objection (异议) sent online to a notice during its period; the phone encrypted (SM4). */
export const opennessNoticeObjections = pgTable(
  'openness_notice_objections',
  {
    id: uuid().primaryKey().defaultRandom(),
    noticeId: uuid()
      .notNull()
      .references(() => opennessNotices.id),
    name: text().notNull(),
    phoneEnc: text().notNull(),
    body: text().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('openness_notice_objections_notice_idx').on(t.noticeId, t.receivedAt)],
);
