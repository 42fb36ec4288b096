// The workbench's case queue (办件队列): by step and days left, scoped, paged, index-friendly, with
// a total as cheap as it can be known; the row every case list shows; and the home card.
import { requirePermission } from '../../platform/access/policy.ts';
import {
  addWorkingDays,
  type Calendar,
  chinaDay,
  endOfChinaDay,
  provisionalDue,
  startOfChinaDay,
} from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { validationError } from '../../platform/errors.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import type { CaseRow } from './case.repository.ts';
import {
  countOpenQueuedBefore,
  countQueueCapped,
  countSubmittedSince,
  type ListedCase,
  openCasesByStage,
  openCasesQueuedBy,
  plannedQueueRows,
  type QueueFilter,
  queuePage,
  queueScopes,
} from './case-queue.repository.ts';
import { STAGE_LABELS, STATUS_LABELS, stageOf } from './case-state.ts';
import { calendarOrNull, daysLeft } from './days-left.ts';
import { caseScopeWhere } from './services.policy.ts';
import { NEAR_DEADLINE_WORKDAYS } from './services.settings.ts';
import type { CaseStage } from './services.table.ts';

export { calendarOrNull, daysLeft };

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
  /** The one-line reason when the due date is 暂定, else null. */
  dueProvisional: string | null;
  closedAt: string | null;
  onTime: boolean | null;
}

// No page starts beyond this many cases: the queue is for working through cases; one is found by its
// receipt code. It is also the largest total reported ("more than 10,000").
const COUNT_CAP = 10_000;
// Counted exactly up to here; beyond it the total is "more than" (see listCases).
const COUNT_EXACT = 1_000;

export async function listCases(
  ctx: Ctx,
  q: CaseQuery,
): Promise<{ total: number; totalCapped: boolean; totalEstimated: boolean; items: CaseListItem[] }> {
  const scope = requirePermission(ctx.actor, 'services:read');
  const offset = (q.page - 1) * q.pageSize;
  if (offset >= COUNT_CAP)
    throw validationError('page', `只能翻阅前 ${COUNT_CAP} 件办件，请增加筛选条件或按受理编号查询`);
  const cal = await calendarOrNull(ctx);
  const filter: QueueFilter = {
    stage: q.stage,
    status: q.status,
    itemCode: q.itemCode,
    channel: q.channel,
    countyCode: q.countyCode,
    receiptCode: q.receiptCode ? q.receiptCode.toUpperCase().replace(/[\s-]/g, '') : undefined,
    queuedBefore: q.overdue ? ctx.now : undefined,
    queuedBy: !q.overdue && q.dueWithin !== undefined ? dueLimit(cal, ctx, q.dueWithin) : undefined,
  };
  // A 'unit' scope (cases the unit handles OR received) is two disjoint branches (see queueScopes).
  const scopes = queueScopes(scope === 'unit' ? ctx.actor.unitId : null, caseScopeWhere(ctx.actor, scope));
  const rows = await queuePage(ctx.db, { scopes, filter, offset, limit: q.pageSize });
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
    const planned = await plannedQueueRows(ctx.db, { scopes, filter });
    if (planned >= 1.5 * COUNT_CAP || planned >= 3 * COUNT_EXACT) {
      estimated = true;
      cap = planned >= 1.5 * COUNT_CAP ? COUNT_CAP : COUNT_EXACT;
      n = cap + 1;
    } else n = await countQueueCapped(ctx.db, { scopes, filter, cap: COUNT_EXACT });
  }
  const today = chinaDay(ctx.now);
  return {
    total: Math.min(n, cap),
    totalCapped: n > cap,
    totalEstimated: estimated,
    items: rows.map((r) => presentListItem(r.c, r.itemName, cal, today)),
  };
}

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
    // 暂定 and why, when the due date rests on a year whose holidays are not published yet.
    dueProvisional: cal && due ? (provisionalDue(cal, c.submittedAt, due)?.note ?? null) : null,
    closedAt: c.closedAt?.toISOString() ?? null,
    onTime: c.onTime,
  };
}

// ---- home card ----

/** The workbench home card: open cases by stage, overdue, received today and the nearest deadlines. */
export async function homeSummary(ctx: Ctx) {
  const scope = requirePermission(ctx.actor, 'services:read');
  const scoped = caseScopeWhere(ctx.actor, scope);
  const byStage = await openCasesByStage(ctx.db, scoped);
  const cal = await calendarOrNull(ctx);
  const near = await getSetting(ctx, NEAR_DEADLINE_WORKDAYS);
  const overdue = await countOpenQueuedBefore(ctx.db, scoped, ctx.now);
  const soon = await openCasesQueuedBy(ctx.db, { scoped, by: dueLimit(cal, ctx, near), limit: 8 });
  const today = chinaDay(ctx.now);
  const received = await countSubmittedSince(ctx.db, scoped, startOfChinaDay(today));
  return {
    stages: Object.fromEntries(byStage.map((r) => [r.stage, r.n])) as Partial<Record<CaseStage, number>>,
    overdue,
    receivedToday: received,
    nearDeadlineWorkdays: near,
    nearDeadline: soon.map(({ c, itemName }) => presentListItem(c, itemName, cal, today)),
  };
}
