// Reading items: the board (by state, red / yellow / green by deadline), "my tasks" as a unit, a
// leader or the office, and an item's page with its units, reports, timeline, clock and the steps
// the reader may take. Every read is scoped in SQL (the item's units against the actor's scope).
import { eq, type SQL } from 'drizzle-orm';
import { personIdOfAccount } from '../../../platform/access/account-lookup.ts';
import { can } from '../../../platform/access/policy.ts';
import {
  addWorkingDays,
  type Calendar,
  chinaDay,
  findClocksBySubject,
  loadWorkingCalendar,
  workingDaysBetween,
} from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { ladderFor } from '../../../platform/notify/index.ts';
import { listEvents } from '../../../platform/timeline/index.ts';
import { findUnitsByIds } from '../../org/index.ts';
import { supervisionError } from '../supervision.errors.ts';
import { readScopeOf } from '../supervision.policy.ts';
import {
  boardCounts,
  boardWhere,
  childrenOf,
  type ExtensionRow,
  extensionsOfItem,
  findItem,
  type ItemRow,
  itemScope,
  lightIs,
  listItemRows,
  type ReportRow,
  reportsOfItem,
  unitsOfItem,
} from '../supervision.repository.ts';
import { DEADLINE_CLOCK } from '../supervision.settings.ts';
import { ITEM_STATUSES, type ItemSource, supervisionItems } from '../supervision.table.ts';
import {
  CYCLE_LABELS,
  EXTENSION_STATUS_LABELS,
  LIGHT_LABELS,
  type Light,
  REPORT_KIND_LABELS,
  REPORT_STATUS_LABELS,
  SOURCE_LABELS,
  STATUS_LABELS,
  URGENCY_LABELS,
} from '../supervision.vocab.ts';
import { ITEM_SUBJECT, leaderRoleOn, unitRoleOn } from './item-common.ts';

export const ESCALATION_LABELS = ['', '已催办', '已督办'] as const;

/** Today, and the last day of the reminder window (the ladder's earliest "届满前N个工作日"). */
export async function deadlineWindow(ctx: Ctx, cal?: Calendar) {
  const calendar = cal ?? (await loadWorkingCalendar(ctx));
  const steps = await ladderFor(ctx, DEADLINE_CLOCK);
  const warn = Math.max(
    0,
    ...steps.filter((s) => s.at.unit === 'workdays' && s.at.n < 0).map((s) => -s.at.n),
  );
  const today = chinaDay(ctx.now);
  return { calendar, today, warnDay: addWorkingDays(calendar, today, warn), warnDays: warn };
}

export function lightOf(row: ItemRow, today: string, warnDay: string): Light {
  if (row.status === 'closed') return row.closedOnTime === false ? 'red' : 'green';
  if (!row.dueDay) return 'none';
  if (row.dueDay < today) return 'red';
  if (row.dueDay <= warnDay) return 'yellow';
  return 'green';
}

export function targetText(row: Pick<ItemRow, 'targetLabel' | 'targetValue' | 'targetUnit'>): string | null {
  return row.targetValue !== null ? `${row.targetLabel}${row.targetValue}${row.targetUnit}` : null;
}

type Window = Awaited<ReturnType<typeof deadlineWindow>>;

export function presentListItem(row: ItemRow, w: Window) {
  const light = lightOf(row, w.today, w.warnDay);
  const daysLeft = row.status !== 'closed' && row.dueDay ? safeDays(w.calendar, w.today, row.dueDay) : null;
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    source: row.source,
    sourceLabel: SOURCE_LABELS[row.source],
    urgency: row.urgency,
    urgencyLabel: URGENCY_LABELS[row.urgency],
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    leadUnitId: row.leadUnitId,
    leadUnitName: row.leadUnitName,
    leaderInChargeName: row.leaderInChargeName,
    instructingLeaderName: row.instructingLeaderName,
    registeredDay: row.registeredDay,
    dueDay: row.dueDay,
    light,
    lightLabel: LIGHT_LABELS[light],
    daysLeft,
    percent: row.percent,
    target: targetText(row),
    escalation: row.escalation,
    escalationLabel: ESCALATION_LABELS[row.escalation] ?? '',
    returnedCount: row.returnedCount,
    parentId: row.parentId,
    published: row.published,
  };
}

function safeDays(cal: Calendar, a: string, b: string): number | null {
  try {
    return workingDaysBetween(cal, a, b);
  } catch {
    return null;
  }
}

export type ItemsView = 'all' | 'unit' | 'leader' | 'office';

export interface ItemsQuery {
  view?: ItemsView;
  status?: string;
  light?: string;
  source?: string;
  q?: string;
  page?: number;
  pageSize?: number;
}

/** The conditions of a list: the reader's scope, whose tasks, and the filters. */
async function conditions(ctx: Ctx, query: ItemsQuery): Promise<Array<SQL | undefined>> {
  const view = (['unit', 'leader', 'office'] as const).find((v) => v === query.view) ?? 'all';
  return [
    itemScope(ctx.actor, readScopeOf(ctx)),
    ...boardWhere({
      view,
      unitId: ctx.actor.unitId ?? null,
      personId: view === 'leader' ? await personIdOfAccount(ctx.db, ctx.actor.id) : null,
      status: query.status,
      source: query.source && query.source in SOURCE_LABELS ? (query.source as ItemSource) : undefined,
      q: query.q?.trim() || undefined,
    }),
  ];
}

const lightCondition = (light: string | undefined, w: Window): SQL | undefined =>
  light === 'red' || light === 'yellow' || light === 'green' ? lightIs(light, w.today, w.warnDay) : undefined;

/** The board / my tasks: a page of items (nearest deadline first) and the counts by state and colour. */
export async function listItems(ctx: Ctx, query: ItemsQuery) {
  const w = await deadlineWindow(ctx);
  const where = await conditions(ctx, query);
  const pageSize = Math.min(query.pageSize ?? 20, 100);
  const page = query.page ?? 1;
  const [{ rows, total }, counts] = await Promise.all([
    listItemRows(ctx.db, {
      where: [...where, lightCondition(query.light, w)],
      order: 'due',
      offset: (page - 1) * pageSize,
      limit: pageSize,
    }),
    boardCounts(ctx.db, where, w.today, w.warnDay),
  ]);
  const board = ITEM_STATUSES.map((status) => {
    const of = counts.filter((c) => c.status === status);
    const n = (l: string) => of.find((c) => c.light === l)?.n ?? 0;
    return {
      status,
      label: STATUS_LABELS[status],
      total: of.reduce((s, c) => s + c.n, 0),
      red: n('red'),
      yellow: n('yellow'),
      green: n('green'),
      none: n('none'),
    };
  });
  return {
    items: rows.map((r) => presentListItem(r, w)),
    total,
    board,
    today: w.today,
    warnDays: w.warnDays,
  };
}

function presentReport(r: ReportRow) {
  return {
    id: r.id,
    kind: r.kind,
    kindLabel: REPORT_KIND_LABELS[r.kind],
    unitName: r.unitName,
    progress: r.progress,
    percent: r.percent,
    reachedValue: r.reachedValue,
    problems: r.problems,
    nextSteps: r.nextSteps,
    attachments: r.attachments,
    status: r.status,
    statusLabel: REPORT_STATUS_LABELS[r.status],
    reviewComment: r.reviewComment,
    publicNote: r.publicNote,
    submittedByName: r.submittedByName,
    submittedAt: r.submittedAt.toISOString(),
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
  };
}

function presentExtension(e: ExtensionRow) {
  return {
    id: e.id,
    unitName: e.unitName,
    reason: e.reason,
    fromDay: e.fromDay,
    toDay: e.toDay,
    status: e.status,
    statusLabel: EXTENSION_STATUS_LABELS[e.status],
    requestedByName: e.requestedByName,
    requestedAt: e.requestedAt.toISOString(),
    decidedByName: e.decidedByName,
    decidedAt: e.decidedAt?.toISOString() ?? null,
    decisionComment: e.decisionComment,
    newDueDay: e.newDueDay,
  };
}

/** An item the actor may read, or 404 (out of scope reads as not found). */
export async function readableItem(ctx: Ctx, id: string): Promise<ItemRow> {
  const scope = readScopeOf(ctx);
  const row = await findItem(ctx.db, id);
  if (!row) throw supervisionError('SUPERVISION_ITEM_NOT_FOUND');
  const cond = itemScope(ctx.actor, scope);
  if (cond) {
    const { total } = await listItemRows(ctx.db, {
      where: [eq(supervisionItems.id, id), cond],
      order: 'number',
      offset: 0,
      limit: 1,
    });
    if (total === 0 && !(await leaderRoleOn(ctx, row))) throw supervisionError('SUPERVISION_ITEM_NOT_FOUND');
  }
  return row;
}

export async function getItem(ctx: Ctx, id: string) {
  const row = await readableItem(ctx, id);
  const w = await deadlineWindow(ctx);
  const [units, reports, extensions, events, clocks, children, parent, unitRole, leaderRole] =
    await Promise.all([
      unitsOfItem(ctx.db, id),
      reportsOfItem(ctx.db, id),
      extensionsOfItem(ctx.db, id),
      listEvents(ctx, { type: ITEM_SUBJECT, id }),
      findClocksBySubject(ctx, ITEM_SUBJECT, id),
      childrenOf(ctx.db, id),
      row.parentId ? findItem(ctx.db, row.parentId) : Promise.resolve(undefined),
      unitRoleOn(ctx, id),
      leaderRoleOn(ctx, row),
    ]);
  const unitRows = await findUnitsByIds(
    ctx.db,
    units.map((u) => u.unitId),
  );
  const nameOf = (uid: string) => unitRows.find((u) => u.id === uid)?.name ?? '';
  const clock = clocks.filter((c) => c.kind === DEADLINE_CLOCK.kind).at(-1) ?? null;
  const manage = can(ctx.actor, 'supervision:manage');
  const report = can(ctx.actor, 'supervision:report');
  const lead = can(ctx.actor, 'supervision:lead');
  const handling = row.status === 'handling';
  const pending = extensions.some((e) => e.status === 'pending');
  return {
    ...presentListItem(row, w),
    sourceDoc: row.sourceDoc,
    sourceText: row.sourceText,
    sourceFile: row.sourceFile,
    responsiblePerson: row.responsiblePerson,
    targetLabel: row.targetLabel,
    targetValue: row.targetValue,
    targetUnit: row.targetUnit,
    reachedValue: row.reachedValue,
    milestones: row.milestones,
    reportCycle: row.reportCycle,
    reportCycleLabel: CYCLE_LABELS[row.reportCycle],
    dueRule: row.dueRule,
    result: row.result,
    closedAt: row.closedAt?.toISOString() ?? null,
    closedOnTime: row.closedOnTime,
    extensionCount: row.extensionCount,
    reopenedCount: row.reopenedCount,
    bulletinId: row.bulletinId,
    units: units
      .map((u) => ({ unitId: u.unitId, name: nameOf(u.unitId), role: u.role }))
      .sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1)),
    clock: clock
      ? {
          clockId: clock.id,
          status: clock.status,
          dueDay: clock.dueAt ? chinaDay(clock.dueAt) : null,
          provisional: clock.provisional?.note ?? null,
          explanation: clock.explanation?.text ?? clock.dueError ?? '',
        }
      : null,
    reports: reports.map(presentReport),
    extensions: extensions.map(presentExtension),
    timeline: events.map((e) => ({
      seq: e.seq,
      at: e.at.toISOString(),
      kind: e.kind,
      text: e.text,
      note: e.note,
      staffNote: e.staffNote,
      actorName: e.actorName,
    })),
    parent: parent ? { id: parent.id, number: parent.number, title: parent.title } : null,
    children: children.map((c) => presentListItem(c, w)),
    may: {
      assign: manage && (row.status === 'registered' || handling),
      report: report && handling && unitRole === 'lead',
      contribute: report && handling && unitRole === 'co',
      review: manage,
      signOff: lead && row.status === 'signoff' && leaderRole === 'charge',
      reopen: manage && row.status === 'closed',
      comment: lead,
      // Before the deadline has passed (on the due day itself still), one request at a time.
      requestExtension:
        report && handling && unitRole === 'lead' && row.dueDay !== null && w.today <= row.dueDay && !pending,
      decideExtension: lead && handling && leaderRole === 'charge' && pending,
      publish: manage,
    },
  };
}
