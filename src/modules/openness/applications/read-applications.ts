// Reading applications for disclosure: the staff queue (nearest due date first, days left in
// working days), one application with its contact details, timeline and clocks, and the summary
// counts of the workbench card.
import { maskIdNumber } from '../../../platform/access/identity.ts';
import { requirePermission } from '../../../platform/access/policy.ts';
import {
  type Calendar,
  chinaDay,
  type DueDate,
  dueDatesOf,
  loadWorkingCalendar,
  workingDaysBetween,
} from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { listEvents } from '../../../platform/timeline/index.ts';
import { opennessError } from '../openness.errors.ts';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../openness.table.ts';
import { APPLICATION_SUBJECT } from './application-clocks.ts';
import {
  APPLICANT_TYPE_LABELS,
  CHANNEL_LABELS,
  FORM_LABELS,
  REPLY_REASONS,
  REPLY_TYPE_LABELS,
  STATUS_LABELS,
  SUBMITTED_VIA_LABELS,
} from './application-vocab.ts';
import {
  type ApplicationRow,
  countByStatus,
  findApplication,
  listApplicationRows,
} from './applications.repository.ts';

const DUE_LABELS: Record<string, string> = {
  'openness.reply': '答复期限',
  'openness.supplement': '申请人补正期限',
  'openness.consult': '第三方意见期限',
};

/** Working days from today to the due day: 0 = due today, negative = overdue; null if unknown. */
export function workdaysLeft(cal: Calendar | null, now: Date, dueAt: Date | null): number | null {
  if (!cal || !dueAt) return null;
  try {
    return workingDaysBetween(cal, chinaDay(now), chinaDay(dueAt));
  } catch {
    return null;
  }
}

async function calendarOrNull(ctx: Ctx): Promise<Calendar | null> {
  try {
    return await loadWorkingCalendar(ctx);
  } catch {
    return null;
  }
}

export interface ApplicationListItem {
  id: string;
  number: string;
  applicantName: string;
  applicantTypeLabel: string;
  description: string;
  status: ApplicationStatus;
  statusLabel: string;
  receivedDay: string;
  dueDay: string | null;
  dueLabel: string | null;
  daysLeft: number | null;
}

function listItem(row: ApplicationRow, cal: Calendar | null, now: Date): ApplicationListItem {
  return {
    id: row.id,
    number: row.number,
    applicantName: row.applicantName,
    applicantTypeLabel: APPLICANT_TYPE_LABELS[row.applicantType],
    description: row.description || row.docNumber,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    receivedDay: chinaDay(row.receivedAt),
    dueDay: row.dueAt ? chinaDay(row.dueAt) : null,
    dueLabel: row.dueKind ? (DUE_LABELS[row.dueKind] ?? null) : null,
    daysLeft: workdaysLeft(cal, now, row.dueAt),
  };
}

const OPEN_STATUSES: ApplicationStatus[] = ['received', 'supplement', 'processing', 'consulting'];

/** The queue: open applications by days left (or the closed ones, newest due first). */
export async function listApplications(
  ctx: Ctx,
  q: { status?: string; page?: number; pageSize?: number } = {},
): Promise<{ items: ApplicationListItem[]; total: number; counts: Record<string, number> }> {
  requirePermission(ctx.actor, 'openness:read');
  const status = q.status as ApplicationStatus | 'open' | 'closed' | undefined;
  const statuses =
    !status || status === 'open'
      ? OPEN_STATUSES
      : status === 'closed'
        ? (['answered', 'abandoned'] as ApplicationStatus[])
        : APPLICATION_STATUSES.includes(status)
          ? [status]
          : OPEN_STATUSES;
  const pageSize = Math.min(Math.max(q.pageSize ?? 20, 1), 100);
  const page = Math.max(q.page ?? 1, 1);
  const [{ rows, total }, counts, cal] = await Promise.all([
    listApplicationRows(ctx.db, { statuses, limit: pageSize, offset: (page - 1) * pageSize }),
    countByStatus(ctx.db),
    calendarOrNull(ctx),
  ]);
  const byStatus: Record<string, number> = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0]));
  for (const c of counts) byStatus[c.status] = c.n;
  return { items: rows.map((r) => listItem(r, cal, ctx.now)), total, counts: byStatus };
}

export interface ClockView {
  label: string;
  status: DueDate['status'];
  statusLabel: string;
  dueDay: string | null;
  provisional: string | null;
  daysLeft: number | null;
  explanation: string;
  clockId: string;
}

export function clockViews(dues: DueDate[], cal: Calendar | null, now: Date): ClockView[] {
  return dues.map((d) => ({
    clockId: d.clockId,
    label: d.label,
    status: d.status,
    statusLabel: d.status === 'running' ? '计时中' : d.status === 'paused' ? '暂停计时' : '已停止',
    dueDay: d.dueDay,
    provisional: d.provisional?.note ?? null,
    daysLeft: d.status === 'stopped' ? null : workdaysLeft(cal, now, d.dueAt),
    explanation: d.dueError ?? d.text,
  }));
}

export interface ApplicationDetail extends ApplicationListItem {
  submittedVia: string;
  idNumberMasked: string;
  idKindLabel: string;
  contactPerson: string;
  phone: string;
  email: string | null;
  address: string | null;
  docNumber: string;
  formWanted: string;
  channelWanted: string;
  supplementRequest: string | null;
  supplementText: string | null;
  consultParty: string | null;
  extendedDays: number;
  reply: {
    type: string;
    typeLabel: string;
    reason: string | null;
    reasonLabel: string | null;
    text: string;
    where: string | null;
    number: string;
    day: string;
  } | null;
  clocks: ClockView[];
  timeline: Array<{
    at: string;
    text: string;
    note: string | null;
    staffNote: string | null;
    visibility: string;
    actorName: string | null;
  }>;
}

export async function getApplication(ctx: Ctx, id: string): Promise<ApplicationDetail> {
  requirePermission(ctx.actor, 'openness:read');
  const row = await findApplication(ctx.db, id);
  if (!row) throw opennessError('OPENNESS_APPLICATION_NOT_FOUND');
  const cipher = ctx.deps.cipher;
  const cal = await calendarOrNull(ctx);
  const [dues, events] = await Promise.all([
    dueDatesOf(ctx, { type: APPLICATION_SUBJECT, id }),
    listEvents(ctx, { type: APPLICATION_SUBJECT, id }),
  ]);
  return {
    ...listItem(row, cal, ctx.now),
    submittedVia: SUBMITTED_VIA_LABELS[row.submittedVia] ?? row.submittedVia,
    idNumberMasked: maskIdNumber(cipher.decrypt(row.idNumberEnc)),
    idKindLabel: row.idKind === 'resident_id' ? '居民身份证' : '统一社会信用代码',
    contactPerson: row.contactPerson,
    phone: cipher.decrypt(row.phoneEnc),
    email: row.emailEnc ? cipher.decrypt(row.emailEnc) : null,
    address: row.addressEnc ? cipher.decrypt(row.addressEnc) : null,
    docNumber: row.docNumber,
    formWanted: FORM_LABELS[row.formWanted] ?? row.formWanted,
    channelWanted: CHANNEL_LABELS[row.channelWanted] ?? row.channelWanted,
    supplementRequest: row.supplementRequest,
    supplementText: row.supplementText,
    consultParty: row.consultParty,
    extendedDays: row.extendedDays,
    reply: replyOf(row),
    clocks: clockViews(dues, cal, ctx.now),
    timeline: events.map((e) => ({
      at: e.at.toISOString(),
      text: e.text,
      note: e.note,
      staffNote: e.staffNote,
      visibility: e.visibility,
      actorName: e.actorName,
    })),
  };
}

export function replyOf(row: ApplicationRow): ApplicationDetail['reply'] {
  if (!row.replyType || !row.closedAt) return null;
  const reasons = REPLY_REASONS[row.replyType];
  return {
    type: row.replyType,
    typeLabel: REPLY_TYPE_LABELS[row.replyType],
    reason: row.replyReason,
    reasonLabel: row.replyReason && reasons ? (reasons[row.replyReason] ?? null) : null,
    text: row.replyText ?? '',
    where: row.replyWhere,
    number: row.replyNumber ?? '',
    day: chinaDay(row.answeredAt ?? row.closedAt),
  };
}
