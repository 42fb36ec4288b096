// Tables of government information work (政务信息): the items units submit (weekly items and
// emergency reports, 突发事件信息, with their follow-ups), the office's adoptions at levels that carry
// points, the points ledger (adoptions and leaders' instructions), the numbered bulletins
// (信息专报) with their items and the leaders' instructions (批示), and solicitations (约稿).
// Steps go on the platform's timeline (subject 'info_item', 'info_bulletin'), never a table here.
import { sql } from 'drizzle-orm';
import {
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

// draft 草稿 / submitted 已报送 / reviewing 审核中 / returned 退回修改 / adopted 已采用 /
// not_adopted 未采用 / withdrawn 已撤回
export const ITEM_STATUSES = [
  'draft',
  'submitted',
  'reviewing',
  'returned',
  'adopted',
  'not_adopted',
  'withdrawn',
] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

// news 工作动态 / experience 经验做法 / problem 问题反映 / suggestion 意见建议 / research 调研报告 /
// emergency 突发事件
export const ITEM_TYPES = ['news', 'experience', 'problem', 'suggestion', 'research', 'emergency'] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

// comprehensive 综合性、调研性 / general 一般性、零散性 (the seed's complaint: too much of the second)
export const DEPTH_CLASSES = ['comprehensive', 'general'] as const;
export type DepthClass = (typeof DEPTH_CLASSES)[number];

// 采用级别: website 局网站 / bulletin 局信息专报 / province 省委省政府 / nfga 国家林草局 /
// central 中办国办
export const ADOPTION_LEVELS = ['website', 'bulletin', 'province', 'nfga', 'central'] as const;
export type AdoptionLevel = (typeof ADOPTION_LEVELS)[number];

// Emergency reports: initial 首报 / followup 续报 / final 终报
export const REPORT_KINDS = ['initial', 'followup', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ItemAttachment {
  fileId: string;
  fileName: string;
  sizeBytes: number;
}

/** 突发事件信息: what the form asks besides title and body. */
export interface EmergencyFacts {
  place: string;
  countyCode: string | null;
  nature: string;
  scope: string;
  casualties: string;
  trend: string;
  measures: string;
  leadersOnSite: string;
}

export const infoItems = pgTable(
  'info_items',
  {
    id: uuid().primaryKey(),
    // The submitting unit, for data scopes (本单位 / 本单位及下级) and the circular's groups.
    unitId: uuid().notNull(),
    unitPath: text().notNull(),
    authorId: uuid(),
    authorName: text().notNull(),
    contact: text().notNull().default(''),
    title: text().notNull(),
    // Sanitised as portal articles are (portal's sanitizeBody).
    body: text().notNull(),
    // The office's edited text, kept beside the original.
    editedBody: text(),
    type: text().$type<ItemType>().notNull(),
    depth: text().$type<DepthClass>().notNull(),
    keywords: text().array().notNull().default(sql`'{}'::text[]`),
    attachments: jsonb().$type<ItemAttachment[]>().notNull().default(sql`'[]'::jsonb`),
    // 涉密: a classified item never goes to the website (网刊共享).
    classified: boolean().notNull().default(false),
    status: text().$type<ItemStatus>().notNull().default('draft'),
    // Why the office returned it or did not adopt it.
    reviewNote: text(),
    solicitationId: uuid(),
    // Emergencies: when it happened, the report's kind, its initial report, when the report was due.
    eventAt: timestamp({ withTimezone: true }),
    reportKind: text().$type<ReportKind>(),
    initialId: uuid(),
    dueAt: timestamp({ withTimezone: true }),
    emergency: jsonb().$type<EmergencyFacts>(),
    // A portal article made from it (网刊共享).
    articleId: uuid(),
    submittedAt: timestamp({ withTimezone: true }),
    reviewedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('info_items_queue_idx').on(t.status, t.submittedAt),
    index('info_items_unit_idx').on(t.unitId, t.submittedAt),
    index('info_items_submitted_idx').on(t.submittedAt),
    index('info_items_initial_idx').on(t.initialId),
  ],
);

export const infoAdoptions = pgTable(
  'info_adoptions',
  {
    id: uuid().primaryKey(),
    itemId: uuid().notNull(),
    unitId: uuid().notNull(),
    level: text().$type<AdoptionLevel>().notNull(),
    // The points the level carried when adopted (a later change of the setting does not rewrite history).
    points: integer().notNull(),
    note: text(),
    adoptedAt: timestamp({ withTimezone: true }).notNull(),
    adoptedBy: uuid(),
  },
  (t) => [
    // An item cannot be adopted twice at the same level.
    uniqueIndex('info_adoptions_item_level_uq').on(t.itemId, t.level),
    index('info_adoptions_unit_idx').on(t.unitId, t.adoptedAt),
    index('info_adoptions_at_idx').on(t.adoptedAt),
  ],
);

// 积分明细: every point a unit (and its author) earns, from an adoption or a leader's instruction.
export const infoPoints = pgTable(
  'info_points',
  {
    id: uuid().primaryKey(),
    itemId: uuid().notNull(),
    unitId: uuid().notNull(),
    authorId: uuid(),
    authorName: text().notNull(),
    source: text().$type<'adoption' | 'instruction'>().notNull(),
    sourceId: uuid().notNull(),
    points: integer().notNull(),
    label: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('info_points_unit_idx').on(t.unitId, t.at),
    index('info_points_author_idx').on(t.authorId, t.at),
  ],
);

// draft 编辑中 / issued 已印发
export const BULLETIN_STATUSES = ['draft', 'issued'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];

export const infoBulletins = pgTable(
  'info_bulletins',
  {
    id: uuid().primaryKey(),
    // 2026年第5期, from the kernel's numbering when issued; null while a draft.
    number: text(),
    year: integer(),
    serial: integer(),
    title: text().notNull(),
    status: text().$type<BulletinStatus>().notNull().default('draft'),
    reportTo: text().array().notNull().default(sql`'{}'::text[]`),
    sendTo: text().array().notNull().default(sql`'{}'::text[]`),
    issuedAt: timestamp({ withTimezone: true }),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('info_bulletins_number_uq').on(t.number)],
);

export const infoBulletinItems = pgTable(
  'info_bulletin_items',
  {
    bulletinId: uuid().notNull(),
    itemId: uuid().notNull(),
    position: integer().notNull(),
    // The text as printed (edited by the office), defaulting to the item's.
    title: text().notNull(),
    body: text().notNull(),
  },
  (t) => [
    uniqueIndex('info_bulletin_items_pk').on(t.bulletinId, t.itemId),
    index('info_bulletin_items_item_idx').on(t.itemId),
  ],
);

// 领导批示: on an issue (itemId null) or on one item of it.
export const infoInstructions = pgTable(
  'info_instructions',
  {
    id: uuid().primaryKey(),
    bulletinId: uuid().notNull(),
    itemId: uuid(),
    leaderName: text().notNull(),
    leaderTitle: text().notNull().default(''),
    // provincial 省领导 / department 局领导: which instruction points apply.
    leaderLevel: text().$type<'provincial' | 'department'>().notNull().default('provincial'),
    instructedAt: timestamp({ withTimezone: true }).notNull(),
    text: text().notNull(),
    scan: jsonb().$type<ItemAttachment | null>(),
    points: integer().notNull().default(0),
    recordedBy: uuid(),
    recordedAt: timestamp({ withTimezone: true }).notNull(),
    // The supervision item the instruction opened (the supervision module's answer to the event).
    supervisionItemId: uuid(),
    supervisionNumber: text(),
  },
  (t) => [
    index('info_instructions_bulletin_idx').on(t.bulletinId),
    index('info_instructions_item_idx').on(t.itemId),
  ],
);

// 约稿: a notice to some units with a deadline; answers are items with solicitationId.
export const infoSolicitations = pgTable('info_solicitations', {
  id: uuid().primaryKey(),
  topic: text().notNull(),
  guidance: text().notNull(),
  unitIds: uuid().array().notNull(),
  deadline: timestamp({ withTimezone: true }).notNull(),
  createdBy: uuid(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
});
