// Shared pieces of the case use cases: loading and locking a case, presenting it to handlers,
// the timeline, the clocks of a case, gap-free document numbers, and status → queue stage.
import { and, eq, sql } from 'drizzle-orm';
import { chinaDay, getClock, pauseClock, resumeClock } from '../../platform/calendar/index.ts';
import type { Ctx } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { allFields, type FormDefinition, type FormValues, HENAN_COUNTIES, sensitiveFields } from './forms.ts';
import type { CaseView } from './item-handlers.ts';
import {
  type CaseStage,
  type CaseStatus,
  type DocumentKind,
  serviceCaseEvents,
  serviceCases,
  serviceCounters,
  serviceDocuments,
} from './services.table.ts';

export type CaseRow = typeof serviceCases.$inferSelect;

export const STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '已提交，待受理',
  completion_requested: '待补正材料',
  accepted: '已受理',
  under_review: '审查中',
  inspection: '现场核查中',
  public_notice: '公示中',
  approved: '准予许可，待发证',
  completed: '已办结',
  not_accepted: '不予受理',
  refused: '不予许可',
  withdrawn: '已撤回',
  revoked: '已撤销',
};

export const STAGE_LABELS: Record<CaseStage, string> = {
  acceptance: '待受理',
  completion: '待补正',
  review: '审查',
  inspection: '现场核查',
  notice: '公示',
  issuing: '待发证',
  closed: '已办结',
};

export const OPEN_STATUSES: CaseStatus[] = [
  'submitted',
  'completion_requested',
  'accepted',
  'under_review',
  'inspection',
  'public_notice',
  'approved',
];

export function stageOf(status: CaseStatus): CaseStage {
  switch (status) {
    case 'submitted':
      return 'acceptance';
    case 'completion_requested':
      return 'completion';
    case 'accepted':
    case 'under_review':
      return 'review';
    case 'inspection':
      return 'inspection';
    case 'public_notice':
      return 'notice';
    case 'approved':
      return 'issuing';
    default:
      return 'closed';
  }
}

export const caseNotFound = () => notFound('SERVICE_CASE_NOT_FOUND', '办件不存在');

export async function findCase(ctx: Ctx, id: string): Promise<CaseRow | undefined> {
  const [row] = await ctx.db.select().from(serviceCases).where(eq(serviceCases.id, id));
  return row;
}

/** The case row under a row lock (inside a transaction): one change at a time per case. */
export async function lockCase(tx: Ctx, id: string): Promise<CaseRow> {
  const [row] = await tx.db.select().from(serviceCases).where(eq(serviceCases.id, id)).for('update');
  if (!row) throw caseNotFound();
  return row;
}

// ---- personal data in form values ----

/** Encrypts the ID-number and phone fields of the values (SM4) before they are stored. */
export function sealValues(ctx: Ctx, def: FormDefinition, values: FormValues): FormValues {
  const out = { ...values };
  for (const f of sensitiveFields(def)) {
    const v = out[f.name];
    if (typeof v === 'string' && v) out[f.name] = ctx.deps.cipher.encrypt(v);
  }
  return out;
}

export function openValues(ctx: Ctx, values: FormValues): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries(values))
    out[k] = typeof v === 'string' && v.startsWith('sm4:') ? safeDecrypt(ctx, v) : v;
  return out;
}

function safeDecrypt(ctx: Ctx, v: string): string {
  try {
    return ctx.deps.cipher.decrypt(v);
  } catch {
    return '';
  }
}

export function decryptOrNull(ctx: Ctx, v: string | null): string | null {
  return v ? safeDecrypt(ctx, v) : null;
}

/** Values with display text: option labels instead of codes, units after numbers. */
export function describeValues(
  def: FormDefinition,
  values: FormValues,
): Array<{ name: string; label: string; text: string }> {
  return allFields(def)
    .filter((f) => values[f.name] !== null && values[f.name] !== undefined && values[f.name] !== '')
    .map((f) => {
      const v = values[f.name];
      const label = (x: string) => f.options?.find((o) => o.value === x)?.label ?? x;
      let text: string;
      if (Array.isArray(v)) text = v.map(label).join('、');
      else if (typeof v === 'boolean') text = v ? '是' : '否';
      else if (f.options) text = label(String(v));
      else if (f.type === 'county') text = HENAN_COUNTIES.get(String(v))?.name ?? String(v);
      else text = `${v}${f.unit ? ` ${f.unit}` : ''}`;
      return { name: f.name, label: f.label, text };
    });
}

export function toCaseView(ctx: Ctx, row: CaseRow): CaseView {
  return {
    id: row.id,
    itemCode: row.itemCode,
    receiptCode: row.receiptCode,
    applicantAccountId: row.applicantAccountId,
    applicantKind: row.applicantKind,
    applicantName: row.applicantName,
    countyCode: row.countyCode,
    form: openValues(ctx, row.form),
    status: row.status,
    channel: row.channel,
    submittedAt: row.submittedAt,
    acceptedAt: row.acceptedAt,
    decidedAt: row.decidedAt,
  };
}

// ---- timeline ----

export interface EventInput {
  kind: string;
  title: string;
  publicNote?: string | null;
  internalNote?: string | null;
  visible?: boolean;
  detail?: Record<string, unknown> | null;
  /** Defaults to ctx.now. */
  at?: Date;
}

/** A timeline row: the step, numbered, stamped with who and when. */
function eventRow(tx: Ctx, caseId: string, seq: number, e: EventInput) {
  return {
    caseId,
    seq,
    at: e.at ?? tx.now,
    kind: e.kind,
    title: e.title,
    publicNote: e.publicNote ?? null,
    internalNote: e.internalNote ?? null,
    actorId: tx.actor.id,
    actorName: tx.actor.kind === 'system' ? '系统' : tx.actor.displayName,
    visible: e.visible ?? true,
    detail: e.detail ?? null,
  };
}

/** Appends a step to the case's timeline; call with the case row locked. */
export async function appendEvent(tx: Ctx, caseId: string, e: EventInput): Promise<void> {
  const [{ next }] = await tx.db
    .select({ next: sql<number>`coalesce(max(${serviceCaseEvents.seq}), 0) + 1` })
    .from(serviceCaseEvents)
    .where(eq(serviceCaseEvents.caseId, caseId));
  await tx.db.insert(serviceCaseEvents).values(eventRow(tx, caseId, Number(next), e));
}

/**
 * The insert of a new case's first timeline step (its number is 1: no other step can exist yet), for
 * the caller to run in the statement that creates the case.
 */
/** The first step of a new case's timeline (seq 1), as a row to insert with the case's own. */
export function timelineRow(tx: Ctx, caseId: string, e: EventInput) {
  return eventRow(tx, caseId, 1, e);
}

// ---- the case's clocks ----

export const CLOCK_SUBJECT = 'service_case';

export function openClockIds(row: CaseRow): string[] {
  return [row.acceptanceClockId, row.statutoryClockId, row.promisedClockId].filter((x): x is string =>
    Boolean(x),
  );
}

/** Pauses every running clock of the case (补正, 现场核查, 公示: time not counted). */
export async function pauseCaseClocks(tx: Ctx, row: CaseRow, reason: string): Promise<void> {
  for (const id of openClockIds(row)) {
    const c = await getClock(tx, id);
    if (c.status === 'running') await pauseClock(tx, id, { reason });
  }
}

export async function resumeCaseClocks(tx: Ctx, row: CaseRow, reason: string, at?: Date): Promise<void> {
  for (const id of openClockIds(row)) {
    const c = await getClock(tx, id);
    if (c.status === 'paused') await resumeClock(tx, id, { reason, at });
  }
}

/** Copies the clocks' due dates onto the case and sets its queue position for its status. */
export async function refreshCase(tx: Ctx, caseId: string, patch: Partial<CaseRow> = {}): Promise<CaseRow> {
  const current = { ...(await lockCase(tx, caseId)), ...patch };
  const due = async (id: string | null) => (id ? (await getClock(tx, id)).dueAt : null);
  const acceptanceDueAt = await due(current.acceptanceClockId);
  const statutoryDueAt = await due(current.statutoryClockId);
  const promisedDueAt = await due(current.promisedClockId);
  const certificateDueAt = await due(current.certificateClockId);
  const stage = stageOf(current.status);
  let queueAt: Date;
  if (stage === 'closed') queueAt = current.closedAt ?? tx.now;
  else if (stage === 'issuing') queueAt = certificateDueAt ?? current.decidedAt ?? tx.now;
  else if (current.statutoryClockId) queueAt = statutoryDueAt ?? current.acceptedAt ?? tx.now;
  else queueAt = acceptanceDueAt ?? current.submittedAt;
  const [row] = await tx.db
    .update(serviceCases)
    .set({ ...patch, stage, queueAt, acceptanceDueAt, statutoryDueAt, promisedDueAt, updatedAt: tx.now })
    .where(eq(serviceCases.id, caseId))
    .returning();
  return row;
}

// ---- numbered documents (文书) ----

/** The next number of a series in a year, without gaps: the counter row is locked until commit. */
export async function nextSerial(tx: Ctx, series: string, year: number): Promise<number> {
  const [row] = await tx.db
    .insert(serviceCounters)
    .values({ series, year, value: 1 })
    .onConflictDoUpdate({
      target: [serviceCounters.series, serviceCounters.year],
      set: { value: sql`${serviceCounters.value} + 1` },
    })
    .returning({ value: serviceCounters.value });
  return row.value;
}

export const DOCUMENT_TITLES: Record<DocumentKind, { title: string; series: string }> = {
  acceptance_notice: { title: '受理通知书', series: '受' },
  not_accepted_notice: { title: '不予受理通知书', series: '不受' },
  completion_notice: { title: '补正材料通知书', series: '补' },
  approval_decision: { title: '准予行政许可决定书', series: '准' },
  refusal_decision: { title: '不予行政许可决定书', series: '不准' },
};

export async function issueDocument(
  tx: Ctx,
  caseId: string,
  kind: DocumentKind,
  prefix: string,
  body: string,
): Promise<typeof serviceDocuments.$inferSelect> {
  const year = Number(chinaDay(tx.now).slice(0, 4));
  const { title, series } = DOCUMENT_TITLES[kind];
  const n = await nextSerial(tx, `doc:${series}`, year);
  const number = `${prefix}${series}〔${year}〕${String(n).padStart(5, '0')}号`;
  const [row] = await tx.db
    .insert(serviceDocuments)
    .values({ caseId, kind, number, title, body, issuedAt: tx.now, issuedBy: tx.actor.id })
    .returning();
  return row;
}

export async function findDocument(ctx: Ctx, caseId: string, kind: DocumentKind) {
  const [row] = await ctx.db
    .select()
    .from(serviceDocuments)
    .where(and(eq(serviceDocuments.caseId, caseId), eq(serviceDocuments.kind, kind)));
  return row;
}
