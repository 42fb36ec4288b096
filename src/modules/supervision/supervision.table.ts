// Tables of supervision (督查督办, DOMAIN §8): the items (立项的督办事项: a leader's instruction, a key
// task and its sub-tasks, a meeting decision…), the units on each (lead and co-units, for data
// scopes), and the units' reports (progress, completion, co-units' parts) with the office's
// review. Every step also goes on the platform timeline (subject 'supervision_item'); the deadline
// is a platform clock (kind 'supervision.deadline') with its escalation ladder.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Where an item comes from (DOMAIN §8 sources). */
export const ITEM_SOURCES = [
  'key_task', // 年度重点工作
  'instruction', // 领导批示
  'superior_doc', // 上级文件
  'work_report', // 政府工作报告
  'higher_supervision', // 上级督查件
  'meeting_decision', // 党组会、局长办公会议定事项
  'conference', // 重要会议和工作部署
  'speech', // 领导讲话
] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

export const URGENCIES = ['ordinary', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/**
 * registered 已立项（待交办） → handling 办理中 → closure_review 办结待审核（办公室）
 * → signoff 待分管领导签批 → closed 已办结. A returned closure goes back to handling; a reopened
 * item too.
 */
export const ITEM_STATUSES = ['registered', 'handling', 'closure_review', 'signoff', 'closed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const REPORT_CYCLES = ['none', 'monthly', 'quarterly'] as const;
export type ReportCycle = (typeof REPORT_CYCLES)[number];

export interface Milestone {
  title: string;
  dueDay: string;
  done: boolean;
}

export interface Attachment {
  fileId: string;
  name: string;
}

export const supervisionItems = pgTable(
  'supervision_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    // 督字〔2026〕17号, from kernel numbering (series supervision.item).
    number: text().notNull(),
    year: integer().notNull(),
    serial: integer().notNull(),
    source: text({ enum: ITEM_SOURCES }).notNull(),
    // A sub-task of an annual key task (分解任务) names its parent.
    parentId: uuid(),
    title: text().notNull(),
    // 来源文件或文号 (豫政〔2026〕3号, 局长办公会议纪要〔2026〕5号); the text of the instruction.
    sourceDoc: text().notNull().default(''),
    sourceText: text().notNull().default(''),
    sourceFile: jsonb().$type<Attachment | null>(),
    // 批示领导 / 交办领导 (a person of org), and the 分管厅领导 of the lead unit.
    instructingLeaderId: uuid(),
    instructingLeaderName: text().notNull().default(''),
    urgency: text({ enum: URGENCIES }).notNull().default('ordinary'),
    leaderInChargeId: uuid(),
    leaderInChargeName: text().notNull().default(''),
    leadUnitId: uuid(),
    leadUnitName: text().notNull().default(''),
    responsiblePerson: text().notNull().default(''),
    // Quantified target (量化目标): 完成造林 120 万亩.
    targetLabel: text().notNull().default(''),
    targetValue: doublePrecision(),
    targetUnit: text().notNull().default(''),
    reachedValue: doublePrecision(),
    percent: integer().notNull().default(0),
    milestones: jsonb().$type<Milestone[]>().notNull().default([]),
    reportCycle: text({ enum: REPORT_CYCLES }).notNull().default('none'),
    status: text({ enum: ITEM_STATUSES }).notNull().default('registered'),
    registeredDay: date({ mode: 'string' }).notNull(),
    // The deadline as its clock computes it (copied for the board's colours and sorting).
    dueDay: date({ mode: 'string' }),
    dueRule: text().notNull().default(''),
    clockId: uuid(),
    // 0 none, 1 催办 sent, 2 督办 sent: the ladder's highest step so far (for the board and circular).
    escalation: integer().notNull().default(0),
    returnedCount: integer().notNull().default(0),
    extensionCount: integer().notNull().default(0),
    reopenedCount: integer().notNull().default(0),
    result: text().notNull().default(''),
    closedAt: timestamp({ withTimezone: true }),
    closedOnTime: boolean(),
    // 重点工作公开: shown on /openness/key-tasks with its published progress notes.
    published: boolean().notNull().default(false),
    // The information bulletin whose leader's instruction opened this item (information module).
    bulletinId: uuid(),
    registeredBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex('supervision_items_number_idx').on(t.number),
    uniqueIndex('supervision_items_year_serial_idx').on(t.year, t.serial),
    index('supervision_items_status_due_idx').on(t.status, t.dueDay, t.id),
    index('supervision_items_parent_idx').on(t.parentId),
    index('supervision_items_leader_idx').on(t.leaderInChargeId, t.status),
    index('supervision_items_instructing_idx').on(t.instructingLeaderId, t.status),
    index('supervision_items_bulletin_idx').on(t.bulletinId).where(sql`${t.bulletinId} is not null`),
    index('supervision_items_source_doc_idx').on(t.sourceDoc),
  ],
);

export const UNIT_ROLES = ['lead', 'co'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

/** The units on an item, with their paths: the data scopes filter through this table. */
export const supervisionItemUnits = pgTable(
  'supervision_item_units',
  {
    itemId: uuid()
      .notNull()
      .references(() => supervisionItems.id, { onDelete: 'cascade' }),
    unitId: uuid().notNull(),
    unitPath: text().notNull(),
    role: text({ enum: UNIT_ROLES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.itemId, t.unitId] }),
    index('supervision_item_units_unit_idx').on(t.unitId, t.itemId),
    index('supervision_item_units_path_idx').on(t.unitPath),
  ],
);

/** progress 进展报告 · completion 办结申请 · contribution 协办单位报送 */
export const REPORT_KINDS = ['progress', 'completion', 'contribution'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_STATUSES = ['submitted', 'accepted', 'returned'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const supervisionReports = pgTable(
  'supervision_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: uuid()
      .notNull()
      .references(() => supervisionItems.id, { onDelete: 'cascade' }),
    kind: text({ enum: REPORT_KINDS }).notNull(),
    unitId: uuid().notNull(),
    unitName: text().notNull(),
    progress: text().notNull(),
    reachedValue: doublePrecision(),
    percent: integer(),
    // 存在问题和风险: required; "无" only when said so explicitly.
    problems: text().notNull(),
    nextSteps: text().notNull().default(''),
    attachments: jsonb().$type<Attachment[]>().notNull().default([]),
    // Shown on /openness/key-tasks when the item is published and the office chose this note.
    publicNote: text().notNull().default(''),
    status: text({ enum: REPORT_STATUSES }).notNull().default('submitted'),
    reviewComment: text().notNull().default(''),
    submittedBy: uuid(),
    submittedByName: text().notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull(),
    reviewedBy: uuid(),
    reviewedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('supervision_reports_item_idx').on(t.itemId, t.submittedAt)],
);

/** pending 待分管厅领导审批 · approved 已同意 · refused 不同意 */
export const EXTENSION_STATUSES = ['pending', 'approved', 'refused'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/**
 * 延期申请: the lead unit asks, before the due date, for a later one with a reason; the leader in
 * charge approves (the deadline clock is extended to it) or refuses. One pending at a time.
 */
export const supervisionExtensions = pgTable(
  'supervision_extensions',
  {
    id: uuid().primaryKey().defaultRandom(),
    itemId: uuid()
      .notNull()
      .references(() => supervisionItems.id, { onDelete: 'cascade' }),
    unitId: uuid().notNull(),
    unitName: text().notNull(),
    reason: text().notNull(),
    // The due day when asked, and the day asked for.
    fromDay: date({ mode: 'string' }).notNull(),
    toDay: date({ mode: 'string' }).notNull(),
    status: text({ enum: EXTENSION_STATUSES }).notNull().default('pending'),
    requestedBy: uuid(),
    requestedByName: text().notNull(),
    requestedAt: timestamp({ withTimezone: true }).notNull(),
    decidedBy: uuid(),
    decidedByName: text().notNull().default(''),
    decidedAt: timestamp({ withTimezone: true }),
    decisionComment: text().notNull().default(''),
    // The due day the clock computed on approval (the day asked for, or the next working day).
    newDueDay: date({ mode: 'string' }),
  },
  (t) => [
    index('supervision_extensions_item_idx').on(t.itemId, t.requestedAt),
    uniqueIndex('supervision_extensions_pending_idx').on(t.itemId).where(sql`${t.status} = 'pending'`),
  ],
);
