// 办件查询 by receipt code. The code alone shows the progress only (item, status, the steps and
// their dates); with the last four digits of the applicant's phone or ID number it shows the
// details. Wrong last-four answers are counted per case and lock the details for an hour.
import { recordAudit } from '../../platform/audit/audit.service.ts';
import {
  type Calendar,
  chinaDay,
  loadWorkingCalendar,
  provisionalDue,
} from '../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { normalizeReceiptCode } from '../../platform/receipts/index.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import {
  type CaseRow,
  countVerifyFailure,
  findCaseByReceiptCode,
  findCaseRow,
  listCaseDocuments,
  listCaseMaterials,
  listCasesOfApplicant,
  lockVerification,
  resetVerifyFailures,
} from './case.repository.ts';
import { STATUS_LABELS } from './case-state.ts';
import { listCaseEvents } from './case-timeline.ts';
import { decryptOrNull, describeValues, openValues } from './case-values.ts';
import { formForCase, getItem } from './catalogue.service.ts';
import { TRACK_MAX_FAILURES } from './services.settings.ts';

const LOCK_MS = 3_600_000;

export interface TrackSummary {
  receiptCode: string;
  itemCode: string;
  itemName: string;
  status: CaseRow['status'];
  statusLabel: string;
  submittedDay: string;
  acceptedDay: string | null;
  statutoryDueDay: string | null;
  promisedDueDay: string | null;
  /** Why the due dates are 暂定 (they rest on a year whose holidays are not published), or null. */
  dueProvisional: string | null;
  /** Which of the two dates are 暂定: a date inside a published year is final even when the other is not. */
  statutoryProvisional: boolean;
  promisedProvisional: boolean;
  closedDay: string | null;
  steps: Array<{ day: string; title: string }>;
}

export interface TrackDetails {
  applicantName: string;
  applicantIdMask: string | null;
  phoneMask: string | null;
  values: Array<{ label: string; text: string }>;
  materials: Array<{
    name: string;
    source: 'online' | 'paper';
    fileName: string | null;
    copies: number | null;
    round: number;
  }>;
  steps: Array<{ at: string; title: string; note: string | null }>;
  documents: Array<{ id: string; title: string; number: string; issuedDay: string }>;
  certificate: { number: string; url: string | null } | null;
  needsSupplement: boolean;
  /** Accepted (受理): a 受理通知书 can be downloaded. */
  accepted: boolean;
  caseId: string;
}

export type TrackResult =
  | { found: false }
  | {
      found: true;
      summary: TrackSummary;
      details: TrackDetails | null;
      check: 'none' | 'ok' | 'wrong' | 'locked';
    };

const day = (d: Date | null) => (d ? chinaDay(d) : null);

/** The reason the tracking page gives for 暂定, when either due date rests on an unpublished year. */
function provisionalNoteOf(cal: Calendar, from: Date, ...dues: Array<Date | null>): string | null {
  for (const d of dues)
    if (d) {
      const p = provisionalDue(cal, from, d);
      if (p) return p.note;
    }
  return null;
}

async function summaryOf(ctx: Ctx, row: CaseRow): Promise<TrackSummary> {
  const item = await getItem(ctx, row.itemCode, { includeInactive: true });
  const events = await listCaseEvents(ctx, row.id, { publicOnly: true });
  const cal = await loadWorkingCalendar(ctx);
  const open = !row.closedAt;
  return {
    receiptCode: row.receiptCode,
    itemCode: item.code,
    itemName: item.name,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    submittedDay: chinaDay(row.submittedAt),
    acceptedDay: day(row.acceptedAt),
    statutoryDueDay: open ? day(row.statutoryDueAt) : null,
    promisedDueDay: open ? day(row.promisedDueAt) : null,
    dueProvisional:
      open && row.statutoryDueAt
        ? provisionalNoteOf(cal, row.submittedAt, row.promisedDueAt, row.statutoryDueAt)
        : null,
    statutoryProvisional: Boolean(
      open && row.statutoryDueAt && provisionalDue(cal, row.submittedAt, row.statutoryDueAt),
    ),
    promisedProvisional: Boolean(
      open && row.promisedDueAt && provisionalDue(cal, row.submittedAt, row.promisedDueAt),
    ),
    closedDay: day(row.closedAt),
    steps: events.map((e) => ({ day: chinaDay(e.at), title: e.text })),
  };
}

/** The details (personal data masked) for whoever proved to know the last four digits, or the owner. */
export async function detailsOf(ctx: Ctx, row: CaseRow): Promise<TrackDetails> {
  const item = await getItem(ctx, row.itemCode, { includeInactive: true });
  const def = await formForCase(ctx, item, row);
  const sensitive = new Set(
    def.sections
      .flatMap((s) => s.fields)
      .filter((f) => f.type === 'idNumber' || f.type === 'phone')
      .map((f) => f.name),
  );
  const values = describeValues(def, openValues(ctx, row.form)).filter((v) => !sensitive.has(v.name));
  const [events, materials, documents] = await Promise.all([
    listCaseEvents(ctx, row.id, { publicOnly: true }),
    listCaseMaterials(ctx.db, row.id),
    listCaseDocuments(ctx.db, row.id),
  ]);
  return {
    caseId: row.id,
    applicantName: row.applicantKind === 'org' ? row.applicantName : maskName(row.applicantName),
    applicantIdMask: row.applicantIdMask,
    phoneMask: row.phoneMask,
    values: values.map(({ label, text }) => ({ label, text })),
    materials: materials.map((m) => ({
      name: m.specName,
      source: m.source,
      fileName: m.fileName,
      copies: m.copies,
      round: m.round,
    })),
    steps: events.map((e) => ({ at: e.at.toISOString(), title: e.text, note: e.note })),
    documents: documents.map((d) => ({
      id: d.id,
      title: d.title,
      number: d.number,
      issuedDay: chinaDay(d.issuedAt),
    })),
    certificate: row.certificateNumber ? { number: row.certificateNumber, url: row.certificateUrl } : null,
    needsSupplement: row.status === 'completion_requested',
    accepted: Boolean(row.acceptedAt),
  };
}

/** 张三 → 张*, 欧阳娜娜 → 欧***. */
export function maskName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

export async function findCaseByReceipt(ctx: Ctx, code: string): Promise<CaseRow | undefined> {
  const normal = normalizeReceiptCode(code);
  if (!normal) return undefined;
  return findCaseByReceiptCode(ctx.db, normal);
}

/** Anyone may track; `check` (4 characters) opens the details when it matches phone or ID. */
export async function trackCase(ctx: Ctx, input: { code: string; check?: string }): Promise<TrackResult> {
  const row = await findCaseByReceipt(ctx, input.code);
  if (!row) return { found: false };
  const summary = await summaryOf(ctx, row);
  const check = input.check?.trim().toUpperCase();
  if (!check) return { found: true, summary, details: null, check: 'none' };
  if (row.verifyLockedUntil && row.verifyLockedUntil > ctx.now)
    return { found: true, summary, details: null, check: 'locked' };
  const phone = decryptOrNull(ctx, row.phoneEnc);
  const id = decryptOrNull(ctx, row.applicantIdEnc);
  const ok =
    /^[0-9X]{4}$/.test(check) &&
    [phone, id].some((v) => v && v.length >= 4 && v.slice(-4).toUpperCase() === check);
  if (!ok) {
    const max = await getSetting(ctx, TRACK_MAX_FAILURES);
    // Counted in the database, so parallel guesses cannot slip past the limit.
    const locked = await inTransaction(ctx, async (tx) => {
      const lock = (await countVerifyFailure(tx.db, row.id)) >= max;
      if (lock) await lockVerification(tx.db, row.id, new Date(tx.now.getTime() + LOCK_MS));
      await recordAudit(tx, {
        action: 'services.track.verify',
        result: 'failure',
        objectType: 'service_case',
        objectId: row.id,
        detail: { locked: lock },
      });
      return lock;
    });
    return { found: true, summary, details: null, check: locked ? 'locked' : 'wrong' };
  }
  if (row.verifyFailures > 0) await resetVerifyFailures(ctx.db, row.id);
  return { found: true, summary, details: await detailsOf(ctx, row), check: 'ok' };
}

/** The signed-in applicant's own case (by id), with the details; 404 for anyone else's. */
export async function getOwnCase(
  ctx: Ctx,
  id: string,
): Promise<{ row: CaseRow; summary: TrackSummary; details: TrackDetails }> {
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED');
  const row = await findCaseRow(ctx.db, id);
  if (!row || row.applicantAccountId !== ctx.actor.id)
    throw new AppError('SERVICE_CASE_NOT_FOUND', { message: '办件不存在' });
  return { row, summary: await summaryOf(ctx, row), details: await detailsOf(ctx, row) };
}

/** The signed-in applicant's cases, newest first. */
export async function listOwnCases(ctx: Ctx) {
  if (!ctx.actor.id) throw new AppError('UNAUTHENTICATED');
  const rows = await listCasesOfApplicant(ctx.db, ctx.actor.id, 200);
  const out = [];
  for (const r of rows.reverse()) out.push({ id: r.id, ...(await summaryOf(ctx, r)) });
  return out;
}
