// Appending to and reading a subject's timeline. Callers authorize first and append inside the
// transaction of the change the event records, with the subject's row locked (as every state
// change does), so the timeline and the state never disagree.
import type { Ctx } from '../context.ts';
import {
  deleteEventRows,
  findLastEventRow,
  insertEventRows,
  listEventRows,
  type NewTimelineEventRow,
  type TimelineEventRow,
} from './timeline.repository.ts';
import type { EventVisibility } from './timeline.table.ts';

/** What a timeline belongs to: 'service_case' and the case's id, 'portal_article' and the article's. */
export interface Subject {
  type: string;
  id: string;
}

export interface EventInput {
  /** The module's stable code: 'accepted', 'submit'. */
  kind: string;
  /** The line people read: '已受理'. */
  text: string;
  /** Defaults to 'staff'. */
  visibility?: EventVisibility;
  note?: string | null;
  staffNote?: string | null;
  data?: Record<string, unknown> | null;
  /** Defaults to ctx.now. */
  at?: Date;
}

export interface TimelineEvent {
  seq: number;
  at: Date;
  kind: string;
  visibility: EventVisibility;
  text: string;
  note: string | null;
  staffNote: string | null;
  actorId: string | null;
  actorName: string | null;
  data: Record<string, unknown> | null;
}

/** An event as a row, stamped with who (ctx.actor) and when: for a statement of the caller's own. */
export function eventRow(ctx: Ctx, subject: Subject, e: EventInput): NewTimelineEventRow {
  return {
    subjectType: subject.type,
    subjectId: subject.id,
    at: e.at ?? ctx.now,
    kind: e.kind,
    visibility: e.visibility ?? 'staff',
    text: e.text,
    note: e.note ?? null,
    staffNote: e.staffNote ?? null,
    actorId: ctx.actor.id,
    // The system actor's display name is 系统 (a job, the sweeper, a migration).
    actorName: ctx.actor.displayName,
    data: e.data ?? null,
  };
}

/** Appends rows built with eventRow (many subjects at once: a bulk load, the demo data). */
export async function appendEventRows(ctx: Ctx, rows: NewTimelineEventRow[]): Promise<void> {
  if (rows.length) await insertEventRows(ctx.db, rows);
}

/** Appends events to a subject's timeline, in order. */
export async function appendEvent(ctx: Ctx, subject: Subject, ...events: EventInput[]): Promise<void> {
  if (events.length)
    await insertEventRows(
      ctx.db,
      events.map((e) => eventRow(ctx, subject, e)),
    );
}

function present(row: TimelineEventRow): TimelineEvent {
  const { id: _id, subjectType: _t, subjectId: _s, ...event } = row;
  return event;
}

/** A subject's events in the order they happened; only the public ones for the public. */
export async function listEvents(
  ctx: Ctx,
  subject: Subject,
  options: { publicOnly?: boolean } = {},
): Promise<TimelineEvent[]> {
  const rows = await listEventRows(
    ctx.db,
    subject.type,
    subject.id,
    options.publicOnly ? 'public' : undefined,
  );
  return rows.map(present);
}

/** The latest event of one of these kinds, or undefined. */
export async function lastEvent(
  ctx: Ctx,
  subject: Subject,
  kinds: string[],
): Promise<TimelineEvent | undefined> {
  const row = await findLastEventRow(ctx.db, subject.type, subject.id, kinds);
  return row ? present(row) : undefined;
}

/** Removes a subject's timeline with the subject itself (a draft deleted before anyone saw it). */
export async function removeTimeline(ctx: Ctx, subject: Subject): Promise<void> {
  await deleteEventRows(ctx.db, subject.type, subject.id);
}
