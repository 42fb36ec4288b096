// All SQL of reading many cases at once: the workbench queue (scoped, paged, with a total as cheap as
// it can be known), the counter's day list, the home card's counts and the statistics. Scope
// conditions come from the policy (caseScopeWhere) as a ready SQL condition.
import { and, asc, count, eq, gte, inArray, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.ts';
import { timelineEvents } from '../../platform/timeline/index.ts';
import type { CaseRow } from './case.repository.ts';
import { CASE_SUBJECT } from './case-timeline.ts';
import { type CaseStage, serviceCases, serviceItems } from './services.table.ts';

// Both drivers (node-postgres and PGlite) answer execute() with { rows }.
async function rawRows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

// ---- the queue (办件队列) ----

export interface QueueFilter {
  stage?: CaseStage;
  status?: CaseRow['status'];
  itemCode?: string;
  channel?: 'online' | 'counter';
  countyCode?: string;
  /** Normalized receipt code (exact). */
  receiptCode?: string;
  /** Open cases whose queue date is before this instant (overdue). */
  queuedBefore?: Date;
  /** Open cases whose queue date is at or before this instant (due within N working days). */
  queuedBy?: Date;
}

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

/** What a list row shows of a case: a full row, or the list query's raw columns renamed. */
export type ListedCase = Pick<
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

function listedCaseOf(r: ListRow): ListedCase {
  return {
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
}

function queueWhere(f: QueueFilter): SQL[] {
  const t = serviceCases;
  const where: SQL[] = [];
  if (f.stage) where.push(eq(t.stage, f.stage));
  else if (f.queuedBy !== undefined || f.queuedBefore !== undefined) where.push(ne(t.stage, 'closed'));
  if (f.status) where.push(eq(t.status, f.status));
  if (f.itemCode) where.push(eq(t.itemCode, f.itemCode));
  if (f.channel) where.push(eq(t.channel, f.channel));
  if (f.countyCode) where.push(eq(t.countyCode, f.countyCode));
  if (f.receiptCode) where.push(eq(t.receiptCode, f.receiptCode));
  if (f.queuedBefore) where.push(lt(t.queueAt, f.queuedBefore));
  else if (f.queuedBy) where.push(lte(t.queueAt, f.queuedBy));
  return where;
}

/**
 * The reader's scope as one or more disjoint conditions. A 'unit' scope (cases the unit handles OR
 * received: pass its unit) is two: an OR over two columns cannot walk one index in queue order, but
 * each branch walks its own (unit_id | accept_unit_id, stage, queue_at) index and stops after one page.
 * Any other scope is its one condition.
 */
export function queueScopes(unitId: string | null, scoped: SQL | undefined): SQL[] {
  const t = serviceCases;
  // The received-by branch has no extra condition, so counting it reads the index alone; the
  // handled-by branch leaves out what the first already has.
  if (unitId)
    return [
      sql`${t.acceptUnitId} = ${unitId}`,
      sql`${t.unitId} = ${unitId} and ${t.acceptUnitId} is distinct from ${unitId}`,
    ];
  return [scoped ?? sql`true`];
}

/**
 * One page of the queue in queue order (closed cases newest first) with the item names: each scope
 * branch's first offset + limit rows, merged. `scopes` are disjoint conditions (see queueScopes).
 */
export async function queuePage(
  db: Db,
  input: { scopes: SQL[]; filter: QueueFilter; offset: number; limit: number },
): Promise<Array<{ c: ListedCase; itemName: string }>> {
  const t = serviceCases;
  const where = queueWhere(input.filter);
  const dir = sql.raw(input.filter.stage === 'closed' ? 'desc' : 'asc');
  const order = sql`order by ${t.queueAt} ${dir}, ${t.id} asc`;
  const pages = sql.join(
    input.scopes.map(
      (b) =>
        sql`(select ${LIST_COLUMNS} from ${t} where ${and(b, ...where)!} ${order} limit ${input.offset + input.limit})`,
    ),
    sql` union all `,
  );
  const rows = await rawRows<ListRow>(
    db,
    sql`select p.*, i.name as item_name from (${pages}) p join ${serviceItems} i on i.code = p.item_code
        order by p.queue_at ${dir}, p.id asc limit ${input.limit} offset ${input.offset}`,
  );
  return rows.map((r) => ({ c: listedCaseOf(r), itemName: r.item_name }));
}

/** The queue's cases counted, stopping at `cap` + 1 per branch (the branches are disjoint). */
export async function countQueueCapped(
  db: Db,
  input: { scopes: SQL[]; filter: QueueFilter; cap: number },
): Promise<number> {
  const t = serviceCases;
  const where = queueWhere(input.filter);
  const counted = sql.join(
    input.scopes.map((b) => sql`(select 1 from ${t} where ${and(b, ...where)!} limit ${input.cap + 1})`),
    sql` union all `,
  );
  const [c] = await rawRows<{ n: number }>(db, sql`select count(*)::int as n from (${counted}) capped`);
  return Number(c?.n ?? 0);
}

/**
 * The planner's estimate of the queue's rows (EXPLAIN plans it without running it: about a
 * millisecond), from the largest branch: the estimate of a branch's "is distinct from" condition is
 * a guess, the other branch's is not.
 */
export async function plannedQueueRows(
  db: Db,
  input: { scopes: SQL[]; filter: QueueFilter },
): Promise<number> {
  const t = serviceCases;
  const where = queueWhere(input.filter);
  const query = sql.join(
    input.scopes.map((b) => sql`(select 1 from ${t} where ${and(b, ...where)!})`),
    sql` union all `,
  );
  const [row] = await rawRows<Record<string, unknown>>(db, sql`explain (format json) ${query}`);
  const raw = Object.values(row ?? {})[0];
  type PlanNode = { 'Node Type': string; 'Plan Rows': number; Plans?: PlanNode[] };
  const [top] = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Array<{ Plan: PlanNode }>;
  if (!top) return 0;
  const parts = top.Plan['Node Type'] === 'Append' && top.Plan.Plans?.length ? top.Plan.Plans : [top.Plan];
  return Math.max(...parts.map((p) => p['Plan Rows']));
}

/** Cases received on a day (between the two instants) or still waiting for acceptance, oldest first. */
export async function listCasesOfDayRows(
  db: Db,
  input: { scoped: SQL | undefined; from: Date; to: Date; limit: number },
): Promise<Array<{ c: CaseRow; itemName: string }>> {
  const t = serviceCases;
  return db
    .select({ c: t, itemName: serviceItems.name })
    .from(t)
    .innerJoin(serviceItems, eq(serviceItems.code, t.itemCode))
    .where(
      and(
        input.scoped,
        or(and(gte(t.submittedAt, input.from), lte(t.submittedAt, input.to)), eq(t.stage, 'acceptance')),
      ),
    )
    .orderBy(asc(t.submittedAt))
    .limit(input.limit);
}

// ---- the home card ----

/** Open cases in scope by stage. */
export async function openCasesByStage(
  db: Db,
  scoped: SQL | undefined,
): Promise<Array<{ stage: CaseStage; n: number }>> {
  const t = serviceCases;
  return db
    .select({ stage: t.stage, n: count() })
    .from(t)
    .where(and(ne(t.stage, 'closed'), scoped))
    .groupBy(t.stage);
}

export async function countOpenQueuedBefore(db: Db, scoped: SQL | undefined, before: Date): Promise<number> {
  const t = serviceCases;
  const [{ n }] = await db
    .select({ n: count() })
    .from(t)
    .where(and(ne(t.stage, 'closed'), scoped, lt(t.queueAt, before)));
  return n;
}

/** The first open cases in queue order with a queue date at or before `by`. */
export async function openCasesQueuedBy(
  db: Db,
  input: { scoped: SQL | undefined; by: Date; limit: number },
): Promise<Array<{ c: CaseRow; itemName: string }>> {
  const t = serviceCases;
  return db
    .select({ c: t, itemName: serviceItems.name })
    .from(t)
    .innerJoin(serviceItems, eq(serviceItems.code, t.itemCode))
    .where(and(ne(t.stage, 'closed'), input.scoped, lte(t.queueAt, input.by)))
    .orderBy(asc(t.queueAt))
    .limit(input.limit);
}

export async function countSubmittedSince(db: Db, scoped: SQL | undefined, since: Date): Promise<number> {
  const t = serviceCases;
  const [{ n }] = await db
    .select({ n: count() })
    .from(t)
    .where(and(scoped, gte(t.submittedAt, since)));
  return n;
}

// ---- statistics ----

/** Cases received in the period, by item and channel. */
export async function receivedByItem(
  db: Db,
  input: { scoped: SQL | undefined; itemCode?: string; from: Date; to: Date },
): Promise<Array<{ itemCode: string; channel: CaseRow['channel']; n: number }>> {
  const t = serviceCases;
  return db
    .select({ itemCode: t.itemCode, channel: t.channel, n: count() })
    .from(t)
    .where(
      and(
        input.scoped,
        input.itemCode ? eq(t.itemCode, input.itemCode) : undefined,
        gte(t.submittedAt, input.from),
        lte(t.submittedAt, input.to),
      ),
    )
    .groupBy(t.itemCode, t.channel);
}

/** Cases decided (approved or refused) in the period, by item and decision: on time, average days. */
export async function decidedByItem(
  db: Db,
  input: { scoped: SQL | undefined; itemCode?: string; from: Date; to: Date },
): Promise<
  Array<{
    itemCode: string;
    decision: CaseRow['decision'];
    n: number;
    onTime: number;
    avgDays: string | null;
  }>
> {
  const t = serviceCases;
  return db
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
        input.scoped,
        input.itemCode ? eq(t.itemCode, input.itemCode) : undefined,
        inArray(t.decision, ['approve', 'refuse']),
        gte(t.decidedAt, input.from),
        lte(t.decidedAt, input.to),
      ),
    )
    .groupBy(t.itemCode, t.decision);
}

/** Timeline steps of these kinds in the period, counted per actor and kind (counter statistics). */
export async function eventCountsByActor(
  db: Db,
  input: { scoped: SQL | undefined; kinds: string[]; from: Date; to: Date },
): Promise<Array<{ actorId: string | null; actorName: string | null; kind: string; n: number }>> {
  const e = timelineEvents;
  return db
    .select({ actorId: e.actorId, actorName: e.actorName, kind: e.kind, n: count() })
    .from(e)
    .innerJoin(serviceCases, eq(serviceCases.id, e.subjectId))
    .where(
      and(
        eq(e.subjectType, CASE_SUBJECT),
        inArray(e.kind, input.kinds),
        gte(e.at, input.from),
        lte(e.at, input.to),
        input.scoped,
      ),
    )
    .groupBy(e.actorId, e.actorName, e.kind);
}
