// Reading items: the office's queue and a unit's own list (filters from the URL, paginated), one
// item with its adoptions, points and timeline, and a unit's week and quarter at a glance.
import type { SQL } from 'drizzle-orm';
import { can, requirePermission, scopeOf } from '../../../platform/access/policy.ts';
import { scopeWhere } from '../../../platform/access/scope.ts';
import type { Ctx } from '../../../platform/context.ts';
import { AppError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { listEvents } from '../../../platform/timeline/index.ts';
import { findUnit } from '../../org/index.ts';
import { quarterOf, weekOf } from '../info.periods.ts';
import { requireInfoReader, requireSeesItem } from '../info.policy.ts';
import { LEVEL_LABELS, LEVELS, QUOTAS } from '../info.settings.ts';
import {
  type AdoptionLevel,
  DEPTH_CLASSES,
  type DepthClass,
  ITEM_STATUSES,
  ITEM_TYPES,
  type ItemStatus,
  type ItemType,
  infoItems,
} from '../info.table.ts';
import { DEPTH_LABELS, REPORT_KIND_LABELS, STATUS_LABELS, TYPE_LABELS } from '../info.vocab.ts';
import {
  adoptionsOf,
  countByStatus,
  countSubmitted,
  findItem,
  type ItemListRow,
  listItemRows,
  pointsOfItem,
  unitFigures,
} from './items.repository.ts';
import { ITEM_SUBJECT } from './submit-item.ts';

export interface ItemsQuery {
  /** mine: the actor's own unit's items (drafts too); else the queue the actor may read. */
  view?: string;
  status?: string;
  unitId?: string;
  type?: string;
  depth?: string;
  level?: string;
  q?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function presentListRow(r: ItemListRow) {
  return {
    id: r.id,
    title: r.title,
    type: r.type,
    typeLabel: TYPE_LABELS[r.type],
    depth: r.depth,
    depthLabel: DEPTH_LABELS[r.depth],
    status: r.status,
    statusLabel: STATUS_LABELS[r.status],
    unitId: r.unitId,
    unitName: r.unitName,
    authorName: r.authorName,
    submittedAt: iso(r.submittedAt),
    updatedAt: r.updatedAt.toISOString(),
    reportKindLabel: r.reportKind ? REPORT_KIND_LABELS[r.reportKind] : null,
    eventAt: iso(r.eventAt),
    dueAt: iso(r.dueAt),
    levels: r.levels.map((l) => ({ level: l, label: LEVEL_LABELS[l] })),
    points: r.points,
  };
}

const dayStart = (day: string | undefined) =>
  day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00+08:00`) : undefined;

/** Where the actor may look, as a condition: own unit (drafts too), or the queue (no drafts). */
export function visibility(ctx: Ctx, mine: boolean): { scope: SQL | undefined; excludeDrafts: boolean } {
  const a = ctx.actor;
  if (mine || (!can(a, 'info:review') && !can(a, 'info:read'))) {
    requirePermission(a, 'info:submit');
    if (!a.unitId) throw new AppError('INFO_NO_UNIT');
    return { scope: scopeWhere(a, 'unit', { unit: infoItems.unitId }), excludeDrafts: false };
  }
  if (can(a, 'info:review')) return { scope: undefined, excludeDrafts: true };
  const scope = scopeOf(a, 'info:read') ?? 'self';
  return {
    scope: scopeWhere(a, scope, { unit: infoItems.unitId, unitPath: infoItems.unitPath }),
    excludeDrafts: true,
  };
}

export async function listItems(ctx: Ctx, query: ItemsQuery) {
  requireInfoReader(ctx);
  const mine = query.view === 'mine';
  const { scope, excludeDrafts } = visibility(ctx, mine);
  const pageSize = Math.min(query.pageSize ?? 20, 100);
  const page = query.page ?? 1;
  const statuses = (query.status ?? '')
    .split(',')
    .filter((s): s is ItemStatus => ITEM_STATUSES.includes(s as ItemStatus));
  const to = dayStart(query.to);
  const { rows, total } = await listItemRows(ctx.db, {
    scope,
    excludeDrafts,
    statuses,
    unitId: query.unitId || undefined,
    type: ITEM_TYPES.includes(query.type as ItemType) ? (query.type as ItemType) : undefined,
    depth: DEPTH_CLASSES.includes(query.depth as DepthClass) ? (query.depth as DepthClass) : undefined,
    level: LEVELS.some((l) => l.level === query.level) ? (query.level as AdoptionLevel) : undefined,
    q: query.q?.trim() || undefined,
    from: dayStart(query.from),
    to: to ? new Date(to.getTime() + 86_400_000) : undefined,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const counts = await countByStatus(ctx.db, scope, excludeDrafts);
  return { items: rows.map(presentListRow), total, counts };
}

export async function getItem(ctx: Ctx, id: string) {
  requireInfoReader(ctx);
  const row = await findItem(ctx.db, id);
  if (!row) throw new AppError('INFO_ITEM_NOT_FOUND');
  requireSeesItem(ctx, row);
  const [unit, adoptions, points, events] = await Promise.all([
    findUnit(ctx.db, row.unitId),
    adoptionsOf(ctx.db, id),
    pointsOfItem(ctx.db, id),
    listEvents(ctx, { type: ITEM_SUBJECT, id }),
  ]);
  const a = ctx.actor;
  const own = can(a, 'info:submit') && a.unitId === row.unitId;
  const review = can(a, 'info:review');
  const adoptedLevels = new Set(adoptions.map((x) => x.level));
  const levelPoints = await Promise.all(LEVELS.map((l) => getSetting(ctx, l.setting)));
  return {
    ...presentListRow({
      ...row,
      unitName: unit?.shortName ?? unit?.name ?? '',
      levels: adoptions.map((x) => x.level),
      points: points.reduce((n, p) => n + p.points, 0),
    }),
    body: row.body,
    editedBody: row.editedBody,
    keywords: row.keywords,
    contact: row.contact,
    classified: row.classified,
    reviewNote: row.reviewNote,
    // An emergency report opens on its emergency's page (首报 and its follow-ups, one timeline).
    emergencyId: row.reportKind ? (row.initialId ?? row.id) : null,
    adoptions: adoptions.map((x) => ({
      id: x.id,
      level: x.level,
      label: LEVEL_LABELS[x.level],
      points: x.points,
      note: x.note,
      adoptedAt: x.adoptedAt.toISOString(),
    })),
    pointEntries: points.map((p) => ({
      label: p.label,
      points: p.points,
      at: p.at.toISOString(),
      authorName: p.authorName,
    })),
    events: events.map((e) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      text: e.text,
      note: e.note,
      actorName: e.actorName,
    })),
    can: {
      edit: own && !row.reportKind && ['draft', 'returned'].includes(row.status),
      withdraw: own && ['draft', 'submitted', 'returned'].includes(row.status),
      startReview: review && row.status === 'submitted',
      review: review && ['submitted', 'reviewing'].includes(row.status),
      adoptLevels:
        review && ['submitted', 'reviewing', 'adopted'].includes(row.status)
          ? LEVELS.map((l, i) => ({ level: l.level, label: l.label, points: levelPoints[i] })).filter(
              (l) => !adoptedLevels.has(l.level) && l.points > 0,
            )
          : [],
    },
  };
}

/** The actor's unit this week (quota) and this quarter (submitted, adopted, points). */
export async function myUnitSummary(ctx: Ctx) {
  requirePermission(ctx.actor, 'info:submit');
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new AppError('INFO_NO_UNIT');
  const unit = await findUnit(ctx.db, unitId);
  const week = weekOf(ctx.now);
  const quarter = quarterOf(ctx.now);
  const type = unit?.type as keyof typeof QUOTAS | undefined;
  const quota = type && type in QUOTAS ? await getSetting(ctx, QUOTAS[type]) : 0;
  const [weekSubmitted, figures] = await Promise.all([
    countSubmitted(ctx.db, unitId, week.from, week.to),
    unitFigures(ctx.db, unitId, quarter.from, quarter.to),
  ]);
  return {
    unitName: unit?.name ?? '',
    week: { monday: week.monday, sunday: week.sunday, quota, submitted: weekSubmitted },
    quarter: { label: quarter.label, ...figures },
  };
}
