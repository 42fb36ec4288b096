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
import type { ClockExplanation } from './clock-due.ts';

// A year whose holiday schedule is known. Days not listed in calendar_days follow the week:
// Monday–Friday work, Saturday–Sunday rest.
export const calendarYears = pgTable('calendar_years', {
  year: integer().primaryKey(),
  source: text().$type<'chinese-days' | 'manual'>().notNull(),
  note: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  updatedBy: uuid(),
});

// Exceptions: a statutory holiday (节假日) or an adjusted working day (调休上班).
export const calendarDays = pgTable('calendar_days', {
  day: date().primaryKey(),
  kind: text().$type<'holiday' | 'workday'>().notNull(),
  name: text().notNull(),
});

// One row: a fresh uuid written by every calendar edit in the edit's own transaction. A process keeps
// the calendar it built under this version and rebuilds it when the version moves (on this instance,
// another one, or inside the editing transaction itself).
export const calendarVersion = pgTable('calendar_version', {
  id: integer().primaryKey(),
  version: uuid().notNull(),
});

export const CLOCK_UNITS = ['workdays', 'days', 'hours'] as const;
export type ClockUnit = (typeof CLOCK_UNITS)[number];

// A statutory clock owned by a timed thing (letter, application, permit, supervision item...).
export const clocks = pgTable(
  'clocks',
  {
    id: uuid().primaryKey().defaultRandom(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    // What kind of clock it is ('services.statutory', 'info.emergency'…): its escalation ladder
    // (提醒 → 催办 → 督办) is the kind's; a clock without a kind gets the plain due-soon/overdue reminders.
    kind: text(),
    label: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    limitValue: integer().notNull(),
    limitUnit: text().$type<ClockUnit>().notNull(),
    status: text().$type<'running' | 'paused' | 'stopped'>().notNull().default('running'),
    dueAt: timestamp({ withTimezone: true }),
    // Why the due date is what it is: days skipped, adjusted days counted, pauses, extensions.
    explanation: jsonb().$type<ClockExplanation>(),
    // Set when a due date cannot be computed because the calendar lacks a year.
    dueError: text(),
    // The due date rests on a year without an official schedule (暂定): explanation.provisional says why.
    dueProvisional: boolean().notNull().default(false),
    responsibleAccountId: uuid(),
    responsibleUnitId: uuid(),
    stoppedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('clocks_subject_idx').on(t.subjectType, t.subjectId),
    index('clocks_due_idx').on(t.status, t.dueAt),
    index('clocks_kind_due_idx').on(t.kind, t.status, t.dueAt),
  ],
);

export const clockEvents = pgTable(
  'clock_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    clockId: uuid()
      .notNull()
      .references(() => clocks.id, { onDelete: 'cascade' }),
    // Order of the events of one clock (1, 2, 3…): several may share an instant.
    seq: integer().notNull(),
    kind: text().$type<'pause' | 'resume' | 'extend' | 'stop'>().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
    // For 'extend': how many units are added.
    amount: integer(),
    reason: text().notNull().default(''),
    approvedBy: text(),
    byAccountId: uuid(),
    active: boolean().notNull().default(true),
  },
  (t) => [
    index('clock_events_clock_idx').on(t.clockId, t.at),
    uniqueIndex('clock_events_seq_idx').on(t.clockId, t.seq),
  ],
);
