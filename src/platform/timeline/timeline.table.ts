import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const EVENT_VISIBILITIES = ['public', 'staff'] as const;
/** public: the applicant / the public reads it too (办件查询); staff: the workbench only. */
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

// The timeline of every subject (办件, 稿件, 督办事项, 信件…): what happened, when, by whom. One table
// for every module, keyed by the subject's type and id; rows are only ever appended.
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    // The order events happened in, also within one instant: one sequence for all subjects, so an
    // append needs no read of the subject's last number.
    seq: bigserial({ mode: 'number' }).notNull(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    // A stable code of the module's: 'accepted', 'submit', 'clock.moved'.
    kind: text().notNull(),
    visibility: text().$type<EventVisibility>().notNull(),
    // The line people read: '已受理', '提交审核'.
    text: text().notNull(),
    // Read by whoever may read the event (the applicant, for a public one).
    note: text(),
    // Staff only, even on a public event.
    staffNote: text(),
    actorId: uuid(),
    actorName: text(),
    // What the module needs to read back (an edition, a review step, a decision's figures).
    data: jsonb().$type<Record<string, unknown>>(),
  },
  (t) => [
    index('timeline_events_subject_idx').on(t.subjectType, t.subjectId, t.seq),
    // Counts by kind over a period (the counter's statistics: who accepted how many).
    index('timeline_events_kind_at_idx').on(t.subjectType, t.kind, t.at),
  ],
);
