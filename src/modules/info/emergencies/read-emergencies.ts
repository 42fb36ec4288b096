// The emergency board (突发事件信息看板): each initial report with its due time, how long is left
// (a registered event not yet reported) or whether it was reported on time, its follow-ups and its
// final report; overdue ones flagged and counted. A unit sees its own (its registrations too); the
// office and readers see the reported ones in their scope and, of other units' registrations, only
// which unit has one, where and when it is due — never the registration itself (a draft). One
// emergency's page is its chain: the initial report, its follow-ups and final report, one timeline.
import { can } from '../../../platform/access/policy.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { EMERGENCY_REPORT_CLOCK, kindLimit } from '../../../platform/notify/index.ts';
import { listEvents } from '../../../platform/timeline/index.ts';
import { findUnit } from '../../org/index.ts';
import { requireInfoReader, requireSeesItem } from '../info.policy.ts';
import type { EmergencyFacts } from '../info.table.ts';
import { REPORT_KIND_LABELS, STATUS_LABELS } from '../info.vocab.ts';
import { findItem } from '../items/items.repository.ts';
import { visibility } from '../items/read-items.ts';
import { ITEM_SUBJECT } from '../items/submit-item.ts';
import { boardRows, listFollowUps } from './emergencies.repository.ts';
import { COUNTY_NAMES, FACTS } from './emergency-input.ts';

export type Standing = 'pending' | 'overdue_pending' | 'on_time' | 'late';

export const STANDING_LABELS: Record<Standing, string> = {
  pending: '待报送',
  overdue_pending: '已超时未报',
  on_time: '按时报送',
  late: '超时报送',
};

/** Where an initial report stands against its due time, at `now`. */
export function standingOf(r: { dueAt: Date | null; submittedAt: Date | null }, now: Date): Standing {
  const due = r.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  if (!r.submittedAt) return now.getTime() > due ? 'overdue_pending' : 'pending';
  return r.submittedAt.getTime() > due ? 'late' : 'on_time';
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function timing(r: { dueAt: Date | null; submittedAt: Date | null }, now: Date) {
  const standing = standingOf(r, now);
  return {
    dueAt: iso(r.dueAt),
    submittedAt: iso(r.submittedAt),
    standing,
    standingLabel: STANDING_LABELS[standing],
    overdue: standing === 'late' || standing === 'overdue_pending',
    // Milliseconds left while not yet reported (negative once overdue); null once reported.
    remainingMs: r.submittedAt || !r.dueAt ? null : r.dueAt.getTime() - now.getTime(),
  };
}

const countyName = (f: EmergencyFacts | null) => COUNTY_NAMES.get(f?.countyCode ?? '') ?? '';

export async function emergencyBoard(ctx: Ctx, query: { view?: string }) {
  requireInfoReader(ctx);
  const a = ctx.actor;
  const mine = query.view === 'mine' || (!can(a, 'info:review') && !can(a, 'info:read'));
  const vis = visibility(ctx, mine);
  // Drafts come only with the actor's own unit's rows, or as the bare registrations below.
  const rows = await boardRows(ctx.db, { scope: vis.scope, drafts: true, limit: 300 });
  const now = ctx.now;
  const shown = rows.filter((r) => mine || r.status !== 'draft' || (a.unitId && r.unitId === a.unitId));
  const reports = shown.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    statusLabel: r.status === 'draft' ? '已登记' : STATUS_LABELS[r.status],
    unitName: r.unitName,
    countyName: countyName(r.emergency),
    place: r.emergency?.place ?? '',
    nature: r.emergency?.nature ?? '',
    eventAt: r.eventAt.toISOString(),
    ...timing(r, now),
    followUps: r.followUps,
    finalAt: iso(r.finalAt),
  }));
  const registrations = mine
    ? []
    : rows
        .filter((r) => r.status === 'draft' && !(a.unitId && r.unitId === a.unitId))
        .map((r) => ({
          unitName: r.unitName,
          countyName: countyName(r.emergency),
          eventAt: r.eventAt.toISOString(),
          ...timing(r, now),
        }));
  const all = [...reports, ...registrations];
  return {
    now: now.toISOString(),
    view: mine ? ('mine' as const) : ('all' as const),
    limitHours: (await kindLimit(ctx, EMERGENCY_REPORT_CLOCK)).value,
    reports,
    registrations,
    counts: {
      total: all.length,
      pending: all.filter((r) => r.standing === 'pending').length,
      overduePending: all.filter((r) => r.standing === 'overdue_pending').length,
      onTime: all.filter((r) => r.standing === 'on_time').length,
      late: all.filter((r) => r.standing === 'late').length,
      overdue: all.filter((r) => r.overdue).length,
      open: reports.filter((r) => r.submittedAt && !r.finalAt).length,
    },
  };
}

/** One emergency: its facts, due time and standing, its chain of reports, its timeline, the steps allowed. */
export async function getEmergency(ctx: Ctx, id: string) {
  requireInfoReader(ctx);
  const initial = await findItem(ctx.db, id);
  if (initial?.reportKind !== 'initial' || !initial.eventAt) throw new AppError('INFO_ITEM_NOT_FOUND');
  requireSeesItem(ctx, initial);
  const [unit, chain, events] = await Promise.all([
    findUnit(ctx.db, initial.unitId),
    listFollowUps(ctx.db, id),
    listEvents(ctx, { type: ITEM_SUBJECT, id }),
  ]);
  const a = ctx.actor;
  const own = can(a, 'info:submit') && a.unitId === initial.unitId;
  const closed = chain.some((r) => r.reportKind === 'final');
  const report = (r: typeof initial) => ({
    id: r.id,
    kind: r.reportKind ?? 'initial',
    kindLabel: REPORT_KIND_LABELS[r.reportKind ?? 'initial'],
    title: r.title,
    eventAt: iso(r.eventAt),
    submittedAt: iso(r.submittedAt),
    authorName: r.authorName,
    contact: r.contact,
    countyName: countyName(r.emergency),
    facts: FACTS.map((f) => ({ field: f.field, label: f.label, value: r.emergency?.[f.field] ?? '' })),
  });
  return {
    id,
    title: initial.title,
    status: initial.status,
    statusLabel: initial.status === 'draft' ? '已登记，待报送' : STATUS_LABELS[initial.status],
    unitName: unit?.shortName ?? unit?.name ?? '',
    eventAt: initial.eventAt.toISOString(),
    countyCode: initial.emergency?.countyCode ?? null,
    ...timing(initial, ctx.now),
    now: ctx.now.toISOString(),
    closed,
    reports: [initial, ...chain].map(report),
    events: events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      text: e.text,
      note: e.note,
      actorName: e.actorName,
    })),
    can: {
      // A registration to complete, or an initial report the office returned for changes.
      edit: own && (initial.status === 'draft' || initial.status === 'returned'),
      followUp: own && !closed && !['draft', 'withdrawn'].includes(initial.status),
    },
  };
}
