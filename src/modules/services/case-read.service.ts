// Reading cases: the workbench queue (by step and days left, scoped, paged, index-friendly), a case
// with its timeline, materials, clocks, documents and what the reader may do next, the home card
// and the statistics (cases by item, on-time rate, average working days).
import { and, asc, count, eq, gte, inArray, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import { can, requirePermission } from '../../platform/access/policy.ts';
import {
  addWorkingDays,
  type Calendar,
  chinaDay,
  endOfChinaDay,
  getClock,
  isWorkingDay,
  loadWorkingCalendar,
  startOfChinaDay,
  workingDaysBetween,
} from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { MAX_EXTENSION_WORKDAYS, publicNoticeNeeded } from './case-flow.service.ts';
import {
  type CaseRow,
  caseNotFound,
  describeValues,
  findCase,
  OPEN_STATUSES,
  openValues,
  STAGE_LABELS,
  STATUS_LABELS,
  stageOf,
} from './case-support.ts';
import { formForCase, getItem, listItems } from './catalogue.service.ts';
import { itemHandler } from './item-handlers.ts';
import { feesSettled, listPayments } from './payments.ts';
import { caseScopeWhere, requireCase } from './services.policy.ts';
import { NEAR_DEADLINE_WORKDAYS } from './services.settings.ts';
import {
  type CaseStage,
  serviceCaseEvents,
  serviceCaseMaterials,
  serviceCases,
  serviceDocuments,
  serviceItems,
} from './services.table.ts';

// ---- days left ----

/** Working days from today to the due day: 0 = due today, negative = overdue; null if unknown. */
export function daysLeft(cal: Calendar | null, today: string, dueAt: Date | null): number | null {
  if (!cal || !dueAt) return null;
  try {
    return workingDaysFast(cal, today, chinaDay(dueAt));
  } catch {
    return null;
  }
}

// workingDaysBetween walks day by day: a queue page of cases due (or overdue) months away walked
// thousands of days per request. The same count from running totals over the calendar's known
// years, built once per calendar (a cached calendar is one object until it changes).
interface DayTable {
  start: number; // UTC ms of 1 January of the first known year
  /** worked[i] = working days from the start up to and including day i. */
  worked: Int32Array;
  /** unknown[i] = days of years missing from the calendar up to and including day i. */
  unknown: Int32Array;
}
const DAY_MS = 86_400_000;
const tables = new WeakMap<Calendar, DayTable>();

function tableOf(cal: Calendar): DayTable | null {
  const hit = tables.get(cal);
  if (hit) return hit;
  if (cal.years.size === 0) return null;
  const first = Math.min(...cal.years);
  const last = Math.max(...cal.years);
  const start = Date.UTC(first, 0, 1);
  const length = Math.round((Date.UTC(last + 1, 0, 1) - start) / DAY_MS);
  const worked = new Int32Array(length);
  const unknown = new Int32Array(length);
  let w = 0;
  let u = 0;
  for (let i = 0; i < length; i++) {
    const day = new Date(start + i * DAY_MS).toISOString().slice(0, 10);
    if (cal.years.has(Number(day.slice(0, 4)))) {
      if (isWorkingDay(cal, day)) w++;
    } else u++;
    worked[i] = w;
    unknown[i] = u;
  }
  const table = { start, worked, unknown };
  tables.set(cal, table);
  return table;
}

/** workingDaysBetween (same result, same error for a missing year) in constant time. */
function workingDaysFast(cal: Calendar, a: string, b: string): number {
  if (a === b) return 0;
  if (b < a) return -workingDaysFast(cal, b, a);
  const t = tableOf(cal);
  const ia = t ? Math.round((Date.parse(a) - t.start) / DAY_MS) : -2;
  const ib = t ? Math.round((Date.parse(b) - t.start) / DAY_MS) : -2;
  // Days a+1 … b must lie in the table and in known years; otherwise the slow walk says why.
  if (!t || ia < -1 || ib >= t.worked.length || t.unknown[ib] - (ia >= 0 ? t.unknown[ia] : 0) > 0)
    return workingDaysBetween(cal, a, b);
  return t.worked[ib] - (ia >= 0 ? t.worked[ia] : 0);
}

/** The working calendar, or null when a year is missing (lists then show no days left). */
export async function calendarOrNull(ctx: Ctx): Promise<Calendar | null> {
  try {
    return await loadWorkingCalendar(ctx);
  } catch {
    return null;
  }
}

/** The last instant of the day N working days from today (for "due within N working days"). */
function dueLimit(cal: Calendar | null, ctx: Ctx, n: number): Date {
  const today = chinaDay(ctx.now);
  try {
    if (cal) return endOfChinaDay(addWorkingDays(cal, today, n));
  } catch {
    // the calendar lacks the year: fall back to calendar days
  }
  return endOfChinaDay(new Date(ctx.now.getTime() + n * 86_400_000).toISOString().slice(0, 10));
}

// ---- the queue ----

export interface CaseQuery {
  stage?: CaseStage;
  status?: CaseRow['status'];
  itemCode?: string;
  channel?: 'online' | 'counter';
  countyCode?: string;
  /** A receipt code (exact) */
  receiptCode?: string;
  /** Open cases due within this many working days (0 = today or overdue). */
  dueWithin?: number;
  overdue?: boolean;
  page: number;
  pageSize: number;
}

export interface CaseListItem {
  id: string;
  receiptCode: string;
  itemCode: string;
  itemName: string;
  applicantName: string;
  applicantIdMask: string | null;
  phoneMask: string | null;
  channel: 'online' | 'counter';
  status: CaseRow['status'];
  statusLabel: string;
  stage: CaseStage;
  stageLabel: string;
  countyCode: string | null;
  submittedAt: string;
  acceptedAt: string | null;
  dueAt: string | null;
  promisedDueAt: string | null;
  daysLeft: number | null;
  closedAt: string | null;
  onTime: boolean | null;
}

// No page starts beyond this many cases: the queue is for working through cases; one is found by its
// receipt code. It is also the largest total reported ("more than 10,000").
const COUNT_CAP = 10_000;
// Counted exactly up to here; beyond it the total is "more than" (see listCases).
const COUNT_EXACT = 1_000;

// Raw rows carry timestamps as the driver gives them: a Date, or PostgreSQL's text when the ORM's
// driver setup asks for strings (both parse with new Date()).
type Stamp = Date | string;
const toDate = (v: Stamp | null): Date | null => (v === null ? null : v instanceof Date ? v : new Date(v));

// The columns the list shows, read without the ORM's row mapping (it cost more than the query).
interface ListRow {
  id: string;
  receipt_code: string;
  item_code: string;
  item_name: string;
  applicant_name: string;
  applicant_id_mask: string | null;
  phone_mask: string | null;
  channel: CaseRow['channel'];
  status: CaseRow['status'];
  stage: CaseStage;
  county_code: string | null;
  submitted_at: Stamp;
  accepted_at: Stamp | null;
  acceptance_due_at: Stamp | null;
  statutory_due_at: Stamp | null;
  queue_at: Stamp;
  promised_due_at: Stamp | null;
  closed_at: Stamp | null;
  on_time: boolean | null;
}

const LIST_COLUMNS = sql.raw(
  [
    'id',
    'receipt_code',
    'item_code',
    'applicant_name',
    'applicant_id_mask',
    'phone_mask',
    'channel',
    'status',
    'stage',
    'county_code',
    'submitted_at',
    'accepted_at',
    'acceptance_due_at',
    'statutory_due_at',
    'queue_at',
    'promised_due_at',
    'closed_at',
    'on_time',
  ]
    .map((c) => `"service_cases"."${c}"`)
    .join(', '),
);

async function rowsOf<T>(ctx: Ctx, query: SQL): Promise<T[]> {
  // Both drivers (node-postgres and PGlite) answer execute() with { rows }.
  return ((await ctx.db.execute(query)) as unknown as { rows: T[] }).rows;
}

function unlimited(branches: SQL[]): SQL {
  return sql.join(
    branches.map((b) => sql`(select 1 from ${serviceCases} where ${b})`),
    sql` union all `,
  );
}

/**
 * The planner's estimate of the rows of the branches' union (EXPLAIN plans it without running it:
 * about a millisecond), from the largest branch: the estimate of a branch's "is distinct from"
 * condition is a guess, the other branch's is not.
 */
async function plannedRows(ctx: Ctx, query: SQL): Promise<number> {
  const [row] = await rowsOf<Record<string, unknown>>(ctx, sql`explain (format json) ${query}`);
  const raw = Object.values(row ?? {})[0];
  type PlanNode = { 'Node Type': string; 'Plan Rows': number; Plans?: PlanNode[] };
  const [top] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan: PlanNode }>;
  if (!top) return 0;
  const parts = top.Plan['Node Type'] === 'Append' && top.Plan.Plans?.length ? top.Plan.Plans : [top.Plan];
  return Math.max(...parts.map((p) => p['Plan Rows']));
}

/**
 * The reader's scope as one or more disjoint conditions. A 'unit' scope (cases the unit handles OR
 * received) is two: an OR over two columns cannot walk one index in queue order, but each branch
 * walks its own (unit_id | accept_unit_id, stage, queue_at) index and stops after one page.
 */
function scopeBranches(ctx: Ctx, scope: ReturnType<typeof requirePermission>): SQL[] {
  const t = serviceCases;
  const unitId = ctx.actor.unitId;
  // The received-by branch has no extra condition, so counting it reads the index alone; the
  // handled-by branch leaves out what the first already has.
  if (scope === 'unit' && unitId)
    return [
      sql`${t.acceptUnitId} = ${unitId}`,
      sql`${t.unitId} = ${unitId} and ${t.acceptUnitId} is distinct from ${unitId}`,
    ];
  return [caseScopeWhere(ctx.actor, scope) ?? sql`true`];
}

export async function listCases(
  ctx: Ctx,
  q: CaseQuery,
): Promise<{ total: number; totalCapped: boolean; totalEstimated: boolean; items: CaseListItem[] }> {
  const scope = requirePermission(ctx.actor, 'services:read');
  const offset = (q.page - 1) * q.pageSize;
  if (offset >= COUNT_CAP)
    throw validationError('page', `只能翻阅前 ${COUNT_CAP} 件办件，请增加筛选条件或按受理编号查询`);
  const t = serviceCases;
  const where: SQL[] = [];
  if (q.stage) where.push(eq(t.stage, q.stage));
  else if (q.dueWithin !== undefined || q.overdue) where.push(ne(t.stage, 'closed'));
  if (q.status) where.push(eq(t.status, q.status));
  if (q.itemCode) where.push(eq(t.itemCode, q.itemCode));
  if (q.channel) where.push(eq(t.channel, q.channel));
  if (q.countyCode) where.push(eq(t.countyCode, q.countyCode));
  if (q.receiptCode) where.push(eq(t.receiptCode, q.receiptCode.toUpperCase().replace(/[\s-]/g, '')));
  const cal = await calendarOrNull(ctx);
  if (q.overdue) where.push(lt(t.queueAt, ctx.now));
  else if (q.dueWithin !== undefined) where.push(lte(t.queueAt, dueLimit(cal, ctx, q.dueWithin)));
  const branches = scopeBranches(ctx, scope).map((b) => and(b, ...where)!);
  const dir = sql.raw(q.stage === 'closed' ? 'desc' : 'asc');
  const order = sql`order by ${t.queueAt} ${dir}, ${t.id} asc`;
  // The capped count: each branch stops at COUNT_EXACT + 1 rows (the branches are disjoint).
  const counted = sql.join(
    branches.map((b) => sql`(select 1 from ${t} where ${b} limit ${COUNT_EXACT + 1})`),
    sql` union all `,
  );
  // The page: each branch's first offset + pageSize rows in queue order, merged, then the item names.
  const pages = sql.join(
    branches.map(
      (b) => sql`(select ${LIST_COLUMNS} from ${t} where ${b} ${order} limit ${offset + q.pageSize})`,
    ),
    sql` union all `,
  );
  const rows = await rowsOf<ListRow>(
    ctx,
    sql`select p.*, i.name as item_name from (${pages}) p join ${serviceItems} i on i.code = p.item_code
        order by p.queue_at ${dir}, p.id asc limit ${q.pageSize} offset ${offset}`,
  );
  // The total, as cheaply as it can be known (counting costs about 10 µs a row on PGlite: 10,000
  // rows are ten times the page):
  // - a page that is not full ends the list: its end is the total, no count at all;
  // - else the planner's estimate (EXPLAIN, about a millisecond): at least 1.5 × COUNT_CAP rows is
  //   "more than COUNT_CAP", at least 3 × COUNT_EXACT is "more than COUNT_EXACT" (flagged as
  //   estimated; cases are only ever added, so stale statistics err low, towards counting);
  // - else the exact count up to COUNT_EXACT, "more than COUNT_EXACT" past it.
  let n: number;
  let cap = COUNT_EXACT;
  let estimated = false;
  if (rows.length < q.pageSize && (rows.length > 0 || offset === 0)) n = offset + rows.length;
  else {
    const planned = await plannedRows(ctx, unlimited(branches));
    if (planned >= 1.5 * COUNT_CAP || planned >= 3 * COUNT_EXACT) {
      estimated = true;
      cap = planned >= 1.5 * COUNT_CAP ? COUNT_CAP : COUNT_EXACT;
      n = cap + 1;
    } else {
      const [c] = await rowsOf<{ n: number }>(ctx, sql`select count(*)::int as n from (${counted}) capped`);
      n = Number(c?.n ?? 0);
    }
  }
  const today = chinaDay(ctx.now);
  return {
    total: Math.min(n, cap),
    totalCapped: n > cap,
    totalEstimated: estimated,
    items: rows.map((r) => presentRow(r, cal, today)),
  };
}

function presentRow(r: ListRow, cal: Calendar | null, today: string): CaseListItem {
  const c: ListedCase = {
    id: r.id,
    receiptCode: r.receipt_code,
    itemCode: r.item_code,
    applicantName: r.applicant_name,
    applicantIdMask: r.applicant_id_mask,
    phoneMask: r.phone_mask,
    channel: r.channel,
    status: r.status,
    stage: r.stage,
    countyCode: r.county_code,
    submittedAt: toDate(r.submitted_at)!,
    acceptedAt: toDate(r.accepted_at),
    acceptanceDueAt: toDate(r.acceptance_due_at),
    statutoryDueAt: toDate(r.statutory_due_at),
    queueAt: toDate(r.queue_at)!,
    promisedDueAt: toDate(r.promised_due_at),
    closedAt: toDate(r.closed_at),
    onTime: r.on_time,
  };
  return presentListItem(c, r.item_name, cal, today);
}

/** What a list row shows of a case: a full row, or the list query's raw columns renamed. */
type ListedCase = Pick<
  CaseRow,
  | 'id'
  | 'receiptCode'
  | 'itemCode'
  | 'applicantName'
  | 'applicantIdMask'
  | 'phoneMask'
  | 'channel'
  | 'status'
  | 'stage'
  | 'countyCode'
  | 'submittedAt'
  | 'acceptedAt'
  | 'acceptanceDueAt'
  | 'statutoryDueAt'
  | 'queueAt'
  | 'promisedDueAt'
  | 'closedAt'
  | 'onTime'
>;

function dueOf(c: ListedCase): Date | null {
  const stage = stageOf(c.status);
  if (stage === 'closed') return null;
  if (stage === 'acceptance') return c.acceptanceDueAt;
  if (stage === 'issuing') return c.queueAt;
  return c.statutoryDueAt;
}

/** A case as a row of a list (case queue, counter queue, home card): its due date and days left. */
export function presentListItem(
  c: ListedCase,
  itemName: string,
  cal: Calendar | null,
  today: string,
): CaseListItem {
  const due = dueOf(c);
  return {
    id: c.id,
    receiptCode: c.receiptCode,
    itemCode: c.itemCode,
    itemName,
    applicantName: c.applicantName,
    applicantIdMask: c.applicantIdMask,
    phoneMask: c.phoneMask,
    channel: c.channel,
    status: c.status,
    statusLabel: STATUS_LABELS[c.status],
    stage: c.stage,
    stageLabel: STAGE_LABELS[c.stage],
    countyCode: c.countyCode,
    submittedAt: c.submittedAt.toISOString(),
    acceptedAt: c.acceptedAt?.toISOString() ?? null,
    dueAt: due?.toISOString() ?? null,
    promisedDueAt: c.stage === 'closed' ? null : (c.promisedDueAt?.toISOString() ?? null),
    daysLeft: daysLeft(cal, today, due),
    closedAt: c.closedAt?.toISOString() ?? null,
    onTime: c.onTime,
  };
}

// ---- one case ----

export type CaseAction =
  | 'accept'
  | 'notAccept'
  | 'requestCompletion'
  | 'supplementAtCounter'
  | 'startReview'
  | 'startInspection'
  | 'finishInspection'
  | 'extend'
  | 'startNotice'
  | 'finishNotice'
  | 'decide'
  | 'issue'
  | 'assessFee'
  | 'recordPayment'
  | 'withdraw'
  | 'revoke';

function actionsFor(
  ctx: Ctx,
  c: CaseRow,
  extra: { noticeNeeded: boolean; feesDue: boolean; free: boolean },
): CaseAction[] {
  const has = (p: string) => can(ctx.actor, p);
  const out: CaseAction[] = [];
  const s = c.status;
  if (has('services:accept') && s === 'submitted') out.push('accept', 'notAccept');
  if (
    (has('services:accept') || has('services:review')) &&
    ['submitted', 'accepted', 'under_review'].includes(s)
  )
    out.push('requestCompletion');
  if (has('services:counter') && s === 'completion_requested') out.push('supplementAtCounter');
  if (has('services:review')) {
    if (s === 'accepted') out.push('startReview');
    if (s === 'accepted' || s === 'under_review') out.push('startInspection');
    if (s === 'inspection') out.push('finishInspection');
    if ((s === 'accepted' || s === 'under_review') && extra.noticeNeeded && !c.noticeDone)
      out.push('startNotice');
    if (s === 'public_notice') out.push('finishNotice');
    if (!extra.free && ['accepted', 'under_review', 'inspection', 'public_notice', 'approved'].includes(s))
      out.push('assessFee');
  }
  if (
    has('services:extend') &&
    c.statutoryClockId &&
    ['accepted', 'under_review', 'inspection', 'public_notice', 'completion_requested'].includes(s) &&
    c.extensionDays < MAX_EXTENSION_WORKDAYS
  )
    out.push('extend');
  if (has('services:decide')) {
    if (s === 'accepted' || s === 'under_review') out.push('decide');
    if (s === 'approved') out.push('issue');
    if (s === 'approved' || s === 'completed') out.push('revoke');
  }
  if (has('services:counter') && extra.feesDue) out.push('recordPayment');
  if (has('services:counter') && OPEN_STATUSES.includes(s)) out.push('withdraw');
  return out;
}

async function clockView(ctx: Ctx, id: string | null, cal: Calendar | null, today: string) {
  if (!id) return null;
  const c = await getClock(ctx, id);
  return {
    id: c.id,
    label: c.label,
    status: c.status,
    limit: c.limit.value,
    dueAt: c.dueAt?.toISOString() ?? null,
    daysLeft: c.status === 'stopped' ? null : daysLeft(cal, today, c.dueAt),
    dueError: c.dueError,
    text: c.explanation?.text ?? '',
    pausedWorkdays: c.explanation?.pausedTotal ?? 0,
    extensionWorkdays: c.explanation?.extensionTotal ?? 0,
  };
}

/** A case for the workbench: everything staff need on one page, and what they may do. */
export async function getCaseDetail(ctx: Ctx, id: string) {
  const row = await findCase(ctx, id);
  if (!row) throw caseNotFound();
  requireCase(ctx.actor, 'services:read', row);
  const item = await getItem(ctx, row.itemCode, { includeInactive: true });
  const def = await formForCase(ctx, item, row); // the form version the case was filed with
  const values = openValues(ctx, row.form);
  const [events, materials, documents, payments] = await Promise.all([
    ctx.db
      .select()
      .from(serviceCaseEvents)
      .where(eq(serviceCaseEvents.caseId, id))
      .orderBy(asc(serviceCaseEvents.seq)),
    ctx.db
      .select()
      .from(serviceCaseMaterials)
      .where(eq(serviceCaseMaterials.caseId, id))
      .orderBy(asc(serviceCaseMaterials.round), asc(serviceCaseMaterials.receivedAt)),
    ctx.db
      .select()
      .from(serviceDocuments)
      .where(eq(serviceDocuments.caseId, id))
      .orderBy(asc(serviceDocuments.issuedAt)),
    listPayments(ctx, id),
  ]);
  const cal = await calendarOrNull(ctx);
  const today = chinaDay(ctx.now);
  const notice = ['accepted', 'under_review'].includes(row.status)
    ? await publicNoticeNeeded(ctx, row)
    : null;
  const feesDue = payments.some((p) => p.status === 'due');
  return {
    id: row.id,
    receiptCode: row.receiptCode,
    item: {
      code: item.code,
      name: item.name,
      kind: item.kind,
      statutoryWorkdays: item.statutoryWorkdays,
      promisedWorkdays: item.promisedWorkdays,
      fees: item.fees,
      hasHandler: Boolean(itemHandler(item.code)),
    },
    form: def,
    values,
    valueTexts: describeValues(def, values),
    applicant: {
      accountId: row.applicantAccountId,
      kind: row.applicantKind,
      name: row.applicantName,
      idMask: row.applicantIdMask,
      phoneMask: row.phoneMask,
    },
    channel: row.channel,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    stage: row.stage,
    stageLabel: STAGE_LABELS[row.stage],
    countyCode: row.countyCode,
    submittedAt: row.submittedAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    decision: row.decision,
    promisedWorkdays: row.promisedWorkdays,
    classifyNote: row.classifyNote,
    extensionDays: row.extensionDays,
    maxExtensionDays: MAX_EXTENSION_WORKDAYS,
    noticeEndsAt: row.noticeEndsAt?.toISOString() ?? null,
    noticeDone: row.noticeDone,
    noticeNeeded: notice,
    usedWorkdays: row.usedWorkdays,
    onTime: row.onTime,
    certificate: row.certificateNumber
      ? { id: row.certificateId, number: row.certificateNumber, url: row.certificateUrl }
      : null,
    clocks: {
      acceptance: await clockView(ctx, row.acceptanceClockId, cal, today),
      statutory: await clockView(ctx, row.statutoryClockId, cal, today),
      promised: await clockView(ctx, row.promisedClockId, cal, today),
      certificate: await clockView(ctx, row.certificateClockId, cal, today),
    },
    timeline: events.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      kind: e.kind,
      title: e.title,
      publicNote: e.publicNote,
      internalNote: e.internalNote,
      actorName: e.actorName,
      visible: e.visible,
    })),
    materials: materials.map((m) => ({
      id: m.id,
      specCode: m.specCode,
      specName: m.specName,
      source: m.source,
      fileName: m.fileName,
      contentType: m.contentType,
      sizeBytes: m.sizeBytes,
      copies: m.copies,
      note: m.note,
      round: m.round,
      receivedAt: m.receivedAt.toISOString(),
      url: m.fileId ? `/api/services/cases/${row.id}/materials/${m.id}/file` : null,
    })),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      number: d.number,
      title: d.title,
      issuedAt: d.issuedAt.toISOString(),
      url: `/services/documents/${d.id}`,
    })),
    payments: payments.map((p) => ({
      id: p.id,
      feeCode: p.feeCode,
      feeName: p.feeName,
      basis: p.basis,
      amountYuan: p.amountCents / 100,
      status: p.status,
      driver: p.driver,
      receiptNo: p.receiptNo,
      paidAt: p.paidAt?.toISOString() ?? null,
    })),
    feesSettled: feesSettled(item.fees.free, payments),
    actions: actionsFor(ctx, row, { noticeNeeded: Boolean(notice), feesDue, free: item.fees.free }),
    receiptUrl: `/services/receipts/${row.id}`,
  };
}

/** A material's file, for staff who may read the case. */
export async function findCaseMaterial(ctx: Ctx, caseId: string, materialId: string) {
  const row = await findCase(ctx, caseId);
  if (!row) throw caseNotFound();
  requireCase(ctx.actor, 'services:read', row);
  const [m] = await ctx.db
    .select()
    .from(serviceCaseMaterials)
    .where(and(eq(serviceCaseMaterials.caseId, caseId), eq(serviceCaseMaterials.id, materialId)));
  return m ?? null;
}

// ---- home card ----

export async function homeSummary(ctx: Ctx) {
  const scope = requirePermission(ctx.actor, 'services:read');
  const t = serviceCases;
  const scoped = caseScopeWhere(ctx.actor, scope);
  const open = and(ne(t.stage, 'closed'), scoped);
  const byStage = await ctx.db.select({ stage: t.stage, n: count() }).from(t).where(open).groupBy(t.stage);
  const cal = await calendarOrNull(ctx);
  const near = await getSetting(ctx, NEAR_DEADLINE_WORKDAYS);
  const [{ overdue }] = await ctx.db
    .select({ overdue: count() })
    .from(t)
    .where(and(open, lt(t.queueAt, ctx.now)));
  const soon = await ctx.db
    .select({ c: t, itemName: serviceItems.name })
    .from(t)
    .innerJoin(serviceItems, eq(serviceItems.code, t.itemCode))
    .where(and(open, lte(t.queueAt, dueLimit(cal, ctx, near))))
    .orderBy(asc(t.queueAt))
    .limit(8);
  const today = chinaDay(ctx.now);
  const [{ received }] = await ctx.db
    .select({ received: count() })
    .from(t)
    .where(and(scoped, gte(t.submittedAt, startOfChinaDay(today))));
  return {
    stages: Object.fromEntries(byStage.map((r) => [r.stage, r.n])) as Partial<Record<CaseStage, number>>,
    overdue,
    receivedToday: received,
    nearDeadlineWorkdays: near,
    nearDeadline: soon.map(({ c, itemName }) => presentListItem(c, itemName, cal, today)),
  };
}

// ---- statistics ----

export interface StatsQuery {
  from: string; // YYYY-MM-DD
  to: string;
  itemCode?: string;
}

/** Cases by item in a period: received, decided, approved, on time, average working days. */
export async function caseStatistics(ctx: Ctx, q: StatsQuery) {
  const scope = requirePermission(ctx.actor, 'services:stats');
  const t = serviceCases;
  const scoped = caseScopeWhere(ctx.actor, scope);
  const from = startOfChinaDay(q.from);
  const to = endOfChinaDay(q.to);
  const itemCond = q.itemCode ? eq(t.itemCode, q.itemCode) : undefined;
  const received = await ctx.db
    .select({ itemCode: t.itemCode, channel: t.channel, n: count() })
    .from(t)
    .where(and(scoped, itemCond, gte(t.submittedAt, from), lte(t.submittedAt, to)))
    .groupBy(t.itemCode, t.channel);
  const decided = await ctx.db
    .select({
      itemCode: t.itemCode,
      decision: t.decision,
      n: count(),
      onTime: sql<number>`count(*) filter (where ${t.onTime})`,
      avgDays: sql<string | null>`avg(${t.usedWorkdays})`,
    })
    .from(t)
    .where(
      and(
        scoped,
        itemCond,
        inArray(t.decision, ['approve', 'refuse']),
        gte(t.decidedAt, from),
        lte(t.decidedAt, to),
      ),
    )
    .groupBy(t.itemCode, t.decision);
  const items = await listItems(ctx, { includeInactive: true });
  const rows = items
    .map((i) => {
      const rec = received.filter((r) => r.itemCode === i.code);
      const dec = decided.filter((r) => r.itemCode === i.code);
      const decidedN = dec.reduce((s, r) => s + r.n, 0);
      const onTimeN = dec.reduce((s, r) => s + Number(r.onTime), 0);
      const daySum = dec.reduce((s, r) => s + (r.avgDays === null ? 0 : Number(r.avgDays) * r.n), 0);
      return {
        itemCode: i.code,
        itemName: i.name,
        received: rec.reduce((s, r) => s + r.n, 0),
        receivedOnline: rec.filter((r) => r.channel === 'online').reduce((s, r) => s + r.n, 0),
        receivedCounter: rec.filter((r) => r.channel === 'counter').reduce((s, r) => s + r.n, 0),
        decided: decidedN,
        approved: dec.filter((r) => r.decision === 'approve').reduce((s, r) => s + r.n, 0),
        refused: dec.filter((r) => r.decision === 'refuse').reduce((s, r) => s + r.n, 0),
        onTime: onTimeN,
        onTimeRate: decidedN ? Math.round((onTimeN / decidedN) * 1000) / 10 : null,
        averageWorkdays: decidedN ? Math.round((daySum / decidedN) * 10) / 10 : null,
      };
    })
    .filter((r) => r.received > 0 || r.decided > 0 || r.itemCode === q.itemCode);
  const totals = rows.reduce(
    (s, r) => ({
      received: s.received + r.received,
      decided: s.decided + r.decided,
      approved: s.approved + r.approved,
      refused: s.refused + r.refused,
      onTime: s.onTime + r.onTime,
      days: s.days + (r.averageWorkdays ?? 0) * r.decided,
    }),
    { received: 0, decided: 0, approved: 0, refused: 0, onTime: 0, days: 0 },
  );
  return {
    from: q.from,
    to: q.to,
    items: rows,
    totals: {
      received: totals.received,
      decided: totals.decided,
      approved: totals.approved,
      refused: totals.refused,
      onTimeRate: totals.decided ? Math.round((totals.onTime / totals.decided) * 1000) / 10 : null,
      averageWorkdays: totals.decided ? Math.round((totals.days / totals.decided) * 10) / 10 : null,
    },
  };
}

export { STAGE_LABELS, STATUS_LABELS };
