// All SQL of letters: writing them (many at once, for group commit), reading them for the writer
// (by receipt code, by owner key), for staff (the queues, always through visibilityWhere) and for
// the public (published replies, monthly statistics). Plain rows out.
import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { scopeWhere } from '../../../platform/access/scope.ts';
import type { Actor } from '../../../platform/context.ts';
import { insertRows } from '../../../platform/db/bulk-insert.ts';
import type { Db } from '../../../platform/db/client.ts';
import { containing } from '../../../platform/db/like.ts';
import { OPEN_STATUSES } from '../channels.ts';
import type { ReadScope } from '../interaction.policy.ts';
import { type ChannelCode, type LetterStatus, letters } from '../interaction.table.ts';

export type LetterRow = typeof letters.$inferSelect;
export type NewLetterRow = typeof letters.$inferInsert;

export function lettersInsert(rows: NewLetterRow[]): SQL {
  return insertRows(letters, rows);
}

/** The letters a staff reader may see, as a WHERE condition (reports only for the discipline staff). */
export function visibilityWhere(actor: Actor, read: ReadScope): SQL {
  const parts: SQL[] = [];
  const ordinary = read.channels.filter((c) => c !== 'report');
  if (ordinary.length) {
    const any: SQL[] = [];
    if (read.scope) {
      const w = scopeWhere(actor, read.scope, { unit: letters.unitId, unitPath: letters.unitPath });
      any.push(w ?? sql`true`);
    }
    if (read.expertAccountId) any.push(eq(letters.expertAccountId, read.expertAccountId));
    if (read.prereview) any.push(eq(letters.channel, 'prereview'));
    if (any.length) parts.push(and(inArray(letters.channel, ordinary), or(...any)) as SQL);
  }
  if (read.reports) parts.push(eq(letters.channel, 'report'));
  return parts.length ? (or(...parts) as SQL) : sql`false`;
}

export async function findLetter(db: Db, id: string): Promise<LetterRow | undefined> {
  const [row] = await db.select().from(letters).where(eq(letters.id, id));
  return row;
}

export async function findLetterForUpdate(db: Db, id: string): Promise<LetterRow | undefined> {
  const [row] = await db.select().from(letters).where(eq(letters.id, id)).for('update');
  return row;
}

export async function findLetterByReceipt(db: Db, code: string): Promise<LetterRow | undefined> {
  const [row] = await db.select().from(letters).where(eq(letters.receiptCode, code));
  return row;
}

export async function findLetterByNumber(db: Db, number: string): Promise<LetterRow | undefined> {
  const [row] = await db.select().from(letters).where(eq(letters.number, number));
  return row;
}

/** A staff reader's single letter: only when visible to them (otherwise it reads as not found). */
export async function findVisibleLetter(db: Db, visible: SQL, id: string): Promise<LetterRow | undefined> {
  const [row] = await db
    .select()
    .from(letters)
    .where(and(eq(letters.id, id), visible));
  return row;
}

export async function findLettersByReceipts(db: Db, codes: string[]): Promise<LetterRow[]> {
  return codes.length ? db.select().from(letters).where(inArray(letters.receiptCode, codes)) : [];
}

export async function updateLetter(db: Db, id: string, patch: Partial<NewLetterRow>): Promise<LetterRow> {
  const [row] = await db.update(letters).set(patch).where(eq(letters.id, id)).returning();
  return row;
}

/** The attempts recorded against a receipt code's digest. */
export async function countRecentFromAddress(db: Db, ipKey: string, since: Date): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(letters)
    .where(and(eq(letters.ipKey, ipKey), gte(letters.submittedAt, since)));
  return n;
}

// ---- staff lists ----

export interface QueueFilter {
  statuses?: LetterStatus[];
  channel?: ChannelCode;
  unitId?: string;
  /** Subject or number contains. */
  q?: string;
  overdueAt?: Date;
  flagged?: boolean;
  page: number;
  pageSize: number;
  order?: 'due' | 'newest';
}

const LIST_COLUMNS = {
  id: letters.id,
  channel: letters.channel,
  number: letters.number,
  subject: letters.subject,
  category: letters.category,
  writerMask: letters.writerMask,
  status: letters.status,
  unitId: letters.unitId,
  unitName: letters.unitName,
  expertId: letters.expertId,
  complex: letters.complex,
  dueAt: letters.dueAt,
  flaggedWords: letters.flaggedWords,
  source: letters.source,
  rating: letters.rating,
  reopenCount: letters.reopenCount,
  submittedAt: letters.submittedAt,
  answeredAt: letters.answeredAt,
  published: letters.published,
};
export type LetterListRow = { [K in keyof typeof LIST_COLUMNS]: LetterRow[K] };

// Counting stops here: a queue says "1,000+" rather than scanning half a million rows to say 500,000.
export const COUNT_CAP = 1000;

function queueWhere(visible: SQL, f: QueueFilter): SQL {
  const conds: SQL[] = [visible];
  if (f.statuses?.length) conds.push(inArray(letters.status, f.statuses));
  if (f.channel) conds.push(eq(letters.channel, f.channel));
  if (f.unitId) conds.push(eq(letters.unitId, f.unitId));
  if (f.q) {
    const like = containing(f.q);
    conds.push(or(ilike(letters.subject, like), eq(letters.number, f.q)) as SQL);
  }
  if (f.overdueAt) {
    conds.push(inArray(letters.status, [...OPEN_STATUSES]));
    conds.push(lt(letters.dueAt, f.overdueAt));
  }
  if (f.flagged) conds.push(sql`cardinality(${letters.flaggedWords}) > 0`);
  return and(...conds) as SQL;
}

export async function listQueue(
  db: Db,
  visible: SQL,
  f: QueueFilter,
): Promise<{ total: number; totalExact: boolean; rows: LetterListRow[] }> {
  const where = queueWhere(visible, f);
  const order =
    f.order === 'due'
      ? [asc(letters.dueAt), asc(letters.submittedAt)]
      : [desc(letters.submittedAt), desc(letters.id)];
  const [rows, counted] = await Promise.all([
    db
      .select(LIST_COLUMNS)
      .from(letters)
      .where(where)
      .orderBy(...order)
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.execute(
      sql`select count(*)::int as n from (select 1 from ${letters} where ${where} limit ${COUNT_CAP + 1}) capped`,
    ),
  ]);
  const n = Number((counted as unknown as { rows: Array<{ n: number }> }).rows[0].n);
  return { total: Math.min(n, COUNT_CAP), totalExact: n <= COUNT_CAP, rows };
}

/** Counts per status of the visible letters (the queue's tabs), open ones only. */
export async function countOpenByStatus(db: Db, visible: SQL, now: Date): Promise<Record<string, number>> {
  const rows = await db
    .select({
      status: letters.status,
      n: sql<number>`count(*)::int`,
      overdue: sql<number>`count(*) filter (where ${letters.dueAt} < ${now.toISOString()}::timestamptz)::int`,
    })
    .from(letters)
    .where(and(visible, inArray(letters.status, [...OPEN_STATUSES])))
    .groupBy(letters.status);
  const out: Record<string, number> = { overdue: 0 };
  for (const r of rows) {
    out[r.status] = r.n;
    out.overdue += r.overdue;
  }
  return out;
}

export async function listOwnLetters(db: Db, ownerKey: string): Promise<LetterListRow[]> {
  return db
    .select(LIST_COLUMNS)
    .from(letters)
    .where(eq(letters.ownerKey, ownerKey))
    .orderBy(desc(letters.submittedAt))
    .limit(200);
}

// ---- public ----

const PUBLIC_COLUMNS = {
  id: letters.id,
  channel: letters.channel,
  number: letters.number,
  subject: letters.subject,
  category: letters.category,
  publicQuestion: letters.publicQuestion,
  publicAnswer: letters.publicAnswer,
  replierName: letters.replierName,
  unitName: letters.unitName,
  submittedAt: letters.submittedAt,
  answeredAt: letters.answeredAt,
  publishedAt: letters.publishedAt,
};
export type PublishedRow = { [K in keyof typeof PUBLIC_COLUMNS]: LetterRow[K] };

export async function listPublished(
  db: Db,
  f: { channel?: ChannelCode; category?: string; ids?: string[]; page: number; pageSize: number },
): Promise<{ total: number; rows: PublishedRow[] }> {
  const conds: SQL[] = [eq(letters.published, true)];
  if (f.channel) conds.push(eq(letters.channel, f.channel));
  if (f.category) conds.push(eq(letters.category, f.category));
  if (f.ids) conds.push(f.ids.length ? inArray(letters.id, f.ids) : sql`false`);
  const where = and(...conds);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select(PUBLIC_COLUMNS)
      .from(letters)
      .where(where)
      .orderBy(desc(letters.publishedAt))
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(letters).where(where),
  ]);
  return { total: n, rows };
}

export async function findPublished(db: Db, id: string): Promise<PublishedRow | undefined> {
  const [row] = await db
    .select(PUBLIC_COLUMNS)
    .from(letters)
    .where(and(eq(letters.id, id), eq(letters.published, true)));
  return row;
}

/** Every published reply (the search index's rebuild). */
export async function listAllPublished(db: Db): Promise<PublishedRow[]> {
  return db.select(PUBLIC_COLUMNS).from(letters).where(eq(letters.published, true));
}

export async function countPublished(db: Db): Promise<number> {
  return db.$count(letters, eq(letters.published, true));
}

export async function publishedCategories(db: Db): Promise<Array<{ category: string; n: number }>> {
  return db
    .select({ category: letters.category, n: sql<number>`count(*)::int` })
    .from(letters)
    .where(eq(letters.published, true))
    .groupBy(letters.category)
    .orderBy(desc(sql`count(*)`));
}

export interface MonthStats {
  month: string;
  received: number;
  answered: number;
  onTime: number;
  avgWorkdays: number | null;
  /** The working days of the month's answered letters, summed (for averages over several months). */
  sumWorkdays: number;
}

/**
 * Per China month from `since`: letters received in it, and of the letters answered in it how many
 * on time and the average working days taken. Reports are counted only when `withReports`.
 */
export async function monthlyStats(
  db: Db,
  input: { since: Date; channels: ChannelCode[] },
): Promise<MonthStats[]> {
  if (!input.channels.length) return [];
  const month = (col: unknown) => sql`to_char(${col} at time zone 'Asia/Shanghai', 'YYYY-MM')`;
  const channelList = sql.join(
    input.channels.map((c) => sql`${c}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    with r as (
      select ${month(letters.submittedAt)} as m, count(*)::int as received
      from ${letters}
      where ${letters.submittedAt} >= ${input.since.toISOString()}::timestamptz
        and ${letters.channel} in (${channelList}) and ${letters.status} <> 'merged'
      group by 1
    ), a as (
      select ${month(letters.answeredAt)} as m, count(*)::int as answered,
        count(*) filter (where ${letters.answeredOnTime})::int as on_time,
        avg(${letters.answerWorkdays})::float as avg_days,
        coalesce(sum(${letters.answerWorkdays}), 0)::int as sum_days
      from ${letters}
      where ${letters.answeredAt} >= ${input.since.toISOString()}::timestamptz
        and ${letters.channel} in (${channelList})
      group by 1
    )
    select coalesce(r.m, a.m) as month, coalesce(r.received, 0) as received, coalesce(a.answered, 0) as answered,
      coalesce(a.on_time, 0) as on_time, a.avg_days, coalesce(a.sum_days, 0) as sum_days
    from r full join a on a.m = r.m
    order by 1`);
  return (
    result as unknown as {
      rows: Array<{
        month: string;
        received: number;
        answered: number;
        on_time: number;
        avg_days: number | null;
        sum_days: number;
      }>;
    }
  ).rows.map((r) => ({
    month: r.month,
    received: Number(r.received),
    answered: Number(r.answered),
    onTime: Number(r.on_time),
    avgWorkdays: r.avg_days === null ? null : Math.round(Number(r.avg_days) * 10) / 10,
    sumWorkdays: Number(r.sum_days),
  }));
}

export interface RatingMonth {
  month: string;
  satisfied: number;
  fair: number;
  unsatisfied: number;
}

/** A list of values for `in (…)`. */
const sqlList = (values: readonly string[]) =>
  sql.join(
    values.map((c) => sql`${c}`),
    sql`, `,
  );
const inChannels = (channels: ChannelCode[]) => sqlList(channels);
const chinaMonth = (col: unknown) => sql`to_char(${col} at time zone 'Asia/Shanghai', 'YYYY-MM')`;

/** Per China month of the rating: how many replies were rated 满意, 基本满意, 不满意. */
export async function ratingsByMonth(
  db: Db,
  input: { since: Date; channels: ChannelCode[] },
): Promise<RatingMonth[]> {
  if (!input.channels.length) return [];
  const result = await db.execute(sql`
    select ${chinaMonth(letters.ratedAt)} as month,
      count(*) filter (where ${letters.rating} = 'satisfied')::int as satisfied,
      count(*) filter (where ${letters.rating} = 'fair')::int as fair,
      count(*) filter (where ${letters.rating} = 'unsatisfied')::int as unsatisfied
    from ${letters}
    where ${letters.ratedAt} >= ${input.since.toISOString()}::timestamptz
      and ${letters.channel} in (${inChannels(input.channels)})
    group by 1 order by 1`);
  return (result as unknown as { rows: RatingMonth[] }).rows.map((r) => ({
    month: r.month,
    satisfied: Number(r.satisfied),
    fair: Number(r.fair),
    unsatisfied: Number(r.unsatisfied),
  }));
}

export interface UnitStats {
  unitId: string;
  unitName: string;
  answered: number;
  onTime: number;
  avgWorkdays: number | null;
  open: number;
  overdue: number;
}

/**
 * Per handling unit: of its letters answered since `since`, how many on time and the average working
 * days; and its letters open now, of them how many past their reply deadline at `now`.
 */
export async function unitStats(
  db: Db,
  input: { since: Date; now: Date; channels: ChannelCode[] },
): Promise<UnitStats[]> {
  if (!input.channels.length) return [];
  const since = input.since.toISOString();
  const open = sqlList(OPEN_STATUSES);
  const answeredSince = sql`${letters.status} = 'answered' and ${letters.answeredAt} >= ${since}::timestamptz`;
  const result = await db.execute(sql`
    select ${letters.unitId} as unit_id, max(${letters.unitName}) as unit_name,
      count(*) filter (where ${answeredSince})::int as answered,
      count(*) filter (where ${answeredSince} and ${letters.answeredOnTime})::int as on_time,
      avg(${letters.answerWorkdays}) filter (where ${answeredSince})::float as avg_days,
      count(*) filter (where ${letters.status} in (${open}))::int as open,
      count(*) filter (where ${letters.status} in (${open})
        and ${letters.dueAt} < ${input.now.toISOString()}::timestamptz)::int as overdue
    from ${letters}
    where ${letters.unitId} is not null and ${letters.channel} in (${inChannels(input.channels)})
      and (${answeredSince} or ${letters.status} in (${open}))
    group by 1
    order by 7 desc, 6 desc, 3 desc`);
  return (
    result as unknown as {
      rows: Array<{
        unit_id: string;
        unit_name: string | null;
        answered: number;
        on_time: number;
        avg_days: number | null;
        open: number;
        overdue: number;
      }>;
    }
  ).rows.map((r) => ({
    unitId: r.unit_id,
    unitName: r.unit_name ?? '',
    answered: Number(r.answered),
    onTime: Number(r.on_time),
    avgWorkdays: r.avg_days === null ? null : Math.round(Number(r.avg_days) * 10) / 10,
    open: Number(r.open),
    overdue: Number(r.overdue),
  }));
}

/**
 * The national veto's figures (DOMAIN §6): of the letters received in the window, how many are
 * still unanswered after `cutoff` (submitted before it and open), and how many will be by `warnBy`.
 */
export async function vetoCounts(
  db: Db,
  input: { windowFrom: Date; cutoff: Date; warnCutoff: Date },
): Promise<{ received: number; unanswered: number; soon: number }> {
  const open = sql.join(
    OPEN_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select
      count(*) filter (where ${letters.submittedAt} >= ${input.windowFrom.toISOString()}::timestamptz)::int as received,
      count(*) filter (where ${letters.status} in (${open}) and ${letters.submittedAt} < ${input.cutoff.toISOString()}::timestamptz)::int as unanswered,
      count(*) filter (where ${letters.status} in (${open}) and ${letters.submittedAt} >= ${input.cutoff.toISOString()}::timestamptz
        and ${letters.submittedAt} < ${input.warnCutoff.toISOString()}::timestamptz)::int as soon
    from ${letters}
    where ${letters.status} in (${open}) or ${letters.submittedAt} >= ${input.windowFrom.toISOString()}::timestamptz`);
  const r = (result as unknown as { rows: Array<{ received: number; unanswered: number; soon: number }> })
    .rows[0];
  return { received: Number(r.received), unanswered: Number(r.unanswered), soon: Number(r.soon) };
}

/** The oldest open letters past the cutoff (for the veto's offender list). */
export async function listUnansweredBefore(db: Db, cutoff: Date, limit: number) {
  return db
    .select({
      id: letters.id,
      number: letters.number,
      channel: letters.channel,
      unitName: letters.unitName,
      submittedAt: letters.submittedAt,
    })
    .from(letters)
    .where(and(inArray(letters.status, [...OPEN_STATUSES]), lt(letters.submittedAt, cutoff)))
    .orderBy(asc(letters.submittedAt))
    .limit(limit);
}

export async function countPublishedSince(db: Db): Promise<number> {
  const [{ n }] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(letters)
    .where(isNotNull(letters.publishedAt));
  return n;
}

/** The calendar moved these clocks' due dates: the copies on their letters follow. */
export async function setLetterDue(db: Db, clockId: string, dueAt: Date | null): Promise<void> {
  await db.update(letters).set({ dueAt }).where(eq(letters.clockId, clockId));
}
