// 办理政府信息公开申请: the staff's steps, each authorized, validated, then one transaction that
// holds the calendar, locks the application, checks its state, moves its clocks (clock sets of
// the kernel), writes the row, the timeline step (what the applicant reads, and why the date) and
// the audit record:
//   accept 受理（申请内容明确） · requestSupplement 一次性告知补正 · completeSupplement 收到补正 ·
//   abandon 逾期未补正视为放弃 · startConsultation / endConsultation 征求第三方意见 ·
//   extend 延长答复期限 · answer 作出答复.
// sweepApplications (the module's job) abandons lapsed 补正 windows and resumes the reply clock
// of a consultation whose 15 working days ran out.
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import {
  type ClockDetail,
  chinaDay,
  dueDatesOf,
  endOfChinaDay,
  extendClock,
  findClocksBySubject,
  holdCalendarForRead,
  pauseClocksOf,
  resumeClocksOf,
  startClock,
  stopClocksOf,
} from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { defineSeries, takeNumber } from '../../../platform/documents/index.ts';
import { AppError, validationError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { appendEvent, stateGuard } from '../../../platform/timeline/index.ts';
import { opennessError } from '../openness.errors.ts';
import { SUPPLEMENT_DAYS } from '../openness.settings.ts';
import { type ApplicationStatus, REPLY_TYPES, type ReplyType } from '../openness.table.ts';
import {
  APPLICATION_SUBJECT,
  CONSULT_CLOCK,
  CONSULT_DAYS,
  MAX_EXTENSION_DAYS,
  REPLY_CLOCK,
  REPLY_DAYS,
  REVIEW_CLOCK,
  SUPPLEMENT_CLOCK,
} from './application-clocks.ts';
import { REPLY_REASONS, REPLY_TYPE_LABELS, STATUS_LABELS } from './application-vocab.ts';
import {
  type ApplicationRow,
  findApplicationForUpdate,
  listLapsedConsultationRows,
  listLapsedSupplements,
  type NewApplicationRow,
  updateApplication,
} from './applications.repository.ts';

export const REPLY_SERIES = defineSeries('openness.reply', '豫林公开告〔{year}〕{serial:4}号');

const requireApplicationState = stateGuard<ApplicationStatus>(STATUS_LABELS);
const OPEN: ApplicationStatus[] = ['received', 'processing', 'consulting'];

const subjectOf = (id: string) => ({ type: APPLICATION_SUBJECT, id });
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** The reply clock's due day as the timeline says it: 2026-11-02（暂定）. */
function dueWords(c: Pick<ClockDetail, 'dueAt' | 'provisional'> | undefined): string {
  if (!c?.dueAt) return '（未能计算，请核对工作日历）';
  return `${chinaDay(c.dueAt)}${c.provisional ? '（暂定）' : ''}`;
}

/**
 * One step: the calendar held, the row locked and in an allowed state, then `work`; returns the
 * row as it ends. `action` is the verb of the state message (当前状态为「已答复」，不能补正).
 */
async function step(
  ctx: Ctx,
  id: string,
  allowed: readonly ApplicationStatus[],
  action: string,
  work: (tx: Ctx, row: ApplicationRow) => Promise<Partial<NewApplicationRow>>,
): Promise<ApplicationRow> {
  return inTransaction(ctx, async (tx) => {
    await holdCalendarForRead(tx);
    const row = await findApplicationForUpdate(tx.db, id);
    if (!row) throw opennessError('OPENNESS_APPLICATION_NOT_FOUND');
    requireApplicationState(row, allowed, action);
    const patch = await work(tx, row);
    return updateApplication(tx.db, id, {
      handlerId: row.handlerId ?? (tx.actor.kind === 'staff' ? tx.actor.id : null),
      ...patch,
      updatedAt: tx.now,
    });
  });
}

async function replyClock(tx: Ctx, id: string) {
  const clocks = await findClocksBySubject(tx, APPLICATION_SUBJECT, id);
  return clocks.filter((c) => c.kind === REPLY_CLOCK.kind && c.status !== 'stopped').at(-1);
}

/** 受理: the application is clear; no 补正 will be asked. */
export async function acceptApplication(ctx: Ctx, id: string): Promise<ApplicationRow> {
  requirePermission(ctx.actor, 'openness:apply');
  return step(ctx, id, ['received'], '登记受理', async (tx) => {
    await stopClocksOf(tx, subjectOf(id), { kinds: [REVIEW_CLOCK.kind], reason: '申请内容明确，无需补正' });
    const reply = await replyClock(tx, id);
    await appendEvent(tx, subjectOf(id), {
      kind: 'accepted',
      text: '申请内容明确，正在办理',
      visibility: 'public',
      note: `答复期限届满日为 ${dueWords(reply)}。`,
    });
    await audit(tx, 'openness.application.accept', id);
    return { status: 'processing' };
  });
}

/** 补正: asked once, within 7 working days of receipt; the reply clock stops and will restart. */
export async function requestSupplement(
  ctx: Ctx,
  id: string,
  input: { items?: string },
): Promise<ApplicationRow> {
  requirePermission(ctx.actor, 'openness:apply');
  const items = text(input.items);
  if (items.length < 5)
    throw validationError('items', '请写明需要补正的事项（至少 5 个字），补正告知应一次性说清');
  if (items.length > 2000) throw validationError('items', '补正事项最多 2000 个字');
  const days = await getSetting(ctx, SUPPLEMENT_DAYS);
  return step(ctx, id, ['received'], '告知补正', async (tx, row) => {
    const [review] = await dueDatesOf(tx, subjectOf(id), { kinds: [REVIEW_CLOCK.kind] });
    if (review?.dueDay && tx.now > endOfChinaDay(review.dueDay))
      throw opennessError('OPENNESS_SUPPLEMENT_LATE', {
        message: `补正告知应当在收到申请之日起 7 个工作日内（${review.dueDay} 前）一次性作出，已超过该期限；请按现有内容办理`,
      });
    await stopClocksOf(tx, subjectOf(id), {
      kinds: [REVIEW_CLOCK.kind, REPLY_CLOCK.kind],
      reason: '告知申请人补正；答复期限自收到补正之日起重新计算',
    });
    const window = await startClock(tx, {
      subjectType: APPLICATION_SUBJECT,
      subjectId: id,
      kind: SUPPLEMENT_CLOCK.kind,
      label: '申请人补正期限',
      startedAt: tx.now,
      limit: { value: days, unit: 'workdays' },
      responsibleAccountId: row.handlerId ?? (tx.actor.kind === 'staff' ? tx.actor.id : null),
    });
    await appendEvent(tx, subjectOf(id), {
      kind: 'supplement_requested',
      text: '告知补正：申请内容需要补充或更正',
      visibility: 'public',
      note: `需要补正的事项：${items}\n请在 ${dueWords(window)} 前补正（${days} 个工作日）。原答复期限停止计算，自收到补正之日起重新计算 ${REPLY_DAYS} 个工作日；无正当理由逾期不补正的，视为放弃申请。`,
    });
    await audit(tx, 'openness.application.supplement_request', id, { days });
    return {
      status: 'supplement',
      supplementRequest: items,
      supplementRequestedAt: tx.now,
      dueAt: window.dueAt,
      dueKind: SUPPLEMENT_CLOCK.kind,
    };
  });
}

/**
 * 补正: the applicant's answer (from the tracking page, or entered by staff from a letter). The
 * reply clock starts again from the day it arrives: a new 20 working days (第三十条).
 */
export async function completeSupplement(
  ctx: Ctx,
  id: string,
  input: { text?: string },
): Promise<ApplicationRow> {
  if (ctx.actor.kind === 'staff') requirePermission(ctx.actor, 'openness:apply');
  const body = text(input.text);
  if (body.length < 2) throw validationError('text', '请填写补正的内容');
  if (body.length > 4000) throw validationError('text', `补正内容最多 4000 个字，现有 ${body.length} 个字`);
  return step(ctx, id, ['supplement'], '补正', async (tx, row) => {
    if (row.dueAt && tx.now > row.dueAt)
      throw new AppError('STATE_CONFLICT', {
        message: `补正期限已于 ${chinaDay(row.dueAt)} 届满，申请已视为放弃；如仍需要该信息，请重新提出申请`,
      });
    await stopClocksOf(tx, subjectOf(id), { kinds: [SUPPLEMENT_CLOCK.kind], reason: '收到补正' });
    const reply = await startClock(tx, {
      subjectType: APPLICATION_SUBJECT,
      subjectId: id,
      kind: REPLY_CLOCK.kind,
      label: '答复期限（补正后重新计算）',
      startedAt: tx.now,
      limit: { value: REPLY_DAYS, unit: 'workdays' },
      responsibleAccountId: row.handlerId,
    });
    await appendEvent(tx, subjectOf(id), {
      kind: 'supplemented',
      text: '收到补正，正在办理',
      visibility: 'public',
      note: `答复期限自收到补正之日（${chinaDay(tx.now)}）起重新计算 ${REPLY_DAYS} 个工作日，届满日为 ${dueWords(reply)}。`,
      staffNote: body,
    });
    await audit(tx, 'openness.application.supplement', id);
    return {
      status: 'processing',
      supplementText: body,
      supplementedAt: tx.now,
      clockStartedAt: tx.now,
      dueAt: reply.dueAt,
      dueKind: REPLY_CLOCK.kind,
    };
  });
}

async function abandonIn(tx: Ctx, row: ApplicationRow): Promise<Partial<NewApplicationRow>> {
  if (!row.dueAt || tx.now <= row.dueAt) throw opennessError('OPENNESS_SUPPLEMENT_WINDOW_OPEN');
  await stopClocksOf(tx, subjectOf(row.id), { reason: '申请人逾期未补正，视为放弃申请' });
  await appendEvent(tx, subjectOf(row.id), {
    kind: 'abandoned',
    text: '逾期未补正，视为放弃申请',
    visibility: 'public',
    note: `补正期限已于 ${chinaDay(row.dueAt)} 届满而未收到补正，依照《中华人民共和国政府信息公开条例》第三十条，视为放弃申请，本机关不再处理该申请。`,
  });
  await audit(tx, 'openness.application.abandon', row.id);
  return {
    status: 'abandoned',
    replyType: 'other',
    replyReason: 'not_supplemented',
    closedAt: tx.now,
    dueAt: null,
    dueKind: null,
  };
}

/** 视为放弃 by staff, once the 补正 window has closed. */
export async function abandonApplication(ctx: Ctx, id: string): Promise<ApplicationRow> {
  requirePermission(ctx.actor, 'openness:apply');
  return step(ctx, id, ['supplement'], '视为放弃', abandonIn);
}

/** 征求第三方意见: the reply clock pauses (not counted); the third party has 15 working days. */
export async function startConsultation(
  ctx: Ctx,
  id: string,
  input: { party?: string; matter?: string },
): Promise<ApplicationRow> {
  requirePermission(ctx.actor, 'openness:apply');
  const party = text(input.party);
  if (!party) throw validationError('party', '请填写征求意见的第三方（名称）');
  if (party.length > 200) throw validationError('party', '第三方名称最多 200 个字');
  const matter = text(input.matter);
  return step(ctx, id, ['processing', 'received'], '征求第三方意见', async (tx, row) => {
    if (row.status === 'received')
      await stopClocksOf(tx, subjectOf(id), { kinds: [REVIEW_CLOCK.kind], reason: '申请内容明确，无需补正' });
    await pauseClocksOf(tx, subjectOf(id), {
      kinds: [REPLY_CLOCK.kind],
      reason: '征求第三方意见，所需时间不计入答复期限',
    });
    const consult = await startClock(tx, {
      subjectType: APPLICATION_SUBJECT,
      subjectId: id,
      kind: CONSULT_CLOCK.kind,
      label: '第三方意见期限',
      startedAt: tx.now,
      limit: { value: CONSULT_DAYS, unit: 'workdays' },
      responsibleAccountId: row.handlerId ?? (tx.actor.kind === 'staff' ? tx.actor.id : null),
    });
    await appendEvent(tx, subjectOf(id), {
      kind: 'consult_started',
      text: '征求第三方意见',
      visibility: 'public',
      note: `公开可能损害第三方合法权益，依照《条例》第三十二条书面征求第三方意见。第三方应在 ${dueWords(consult)} 前提出意见；征求意见所需时间（最长 ${CONSULT_DAYS} 个工作日）不计入答复期限。`,
      staffNote: `第三方：${party}${matter ? `；征求意见事项：${matter}` : ''}`,
    });
    await audit(tx, 'openness.application.consult', id, { party });
    return {
      status: 'consulting',
      consultParty: party,
      consultStartedAt: tx.now,
      dueAt: consult.dueAt,
      dueKind: CONSULT_CLOCK.kind,
    };
  });
}

/**
 * 第三方意见收回 (or its 15 working days ran out): the reply clock resumes — from the end of those
 * 15 days at the latest, since only the time the consultation needs is not counted.
 */
export async function endConsultation(
  ctx: Ctx,
  id: string,
  input: { outcome?: string },
): Promise<ApplicationRow> {
  requirePermission(ctx.actor, 'openness:apply');
  const outcome = text(input.outcome);
  if (!outcome) throw validationError('outcome', '请填写第三方的意见（或“逾期未提出意见”）');
  return step(ctx, id, ['consulting'], '结束征求意见', (tx) => resumeAfterConsult(tx, id, outcome));
}

async function resumeAfterConsult(tx: Ctx, id: string, outcome: string): Promise<Partial<NewApplicationRow>> {
  const [consult] = (await dueDatesOf(tx, subjectOf(id), { kinds: [CONSULT_CLOCK.kind] })).filter(
    (c) => c.status !== 'stopped',
  );
  const lapsed = consult?.dueAt && tx.now > consult.dueAt ? consult.dueAt : null;
  await stopClocksOf(tx, subjectOf(id), {
    kinds: [CONSULT_CLOCK.kind],
    reason: lapsed ? '第三方逾期未提出意见' : '收到第三方意见',
    at: lapsed ?? undefined,
  });
  const [reply] = await resumeClocksOf(tx, subjectOf(id), {
    kinds: [REPLY_CLOCK.kind],
    reason: lapsed ? '第三方意见期限届满，恢复计算' : '收到第三方意见，恢复计算',
    at: lapsed ?? undefined,
  });
  await appendEvent(tx, subjectOf(id), {
    kind: 'consult_ended',
    text: lapsed ? '第三方逾期未提出意见，继续办理' : '收到第三方意见，继续办理',
    visibility: 'public',
    note: `答复期限${lapsed ? `自 ${chinaDay(lapsed)} 起` : ''}恢复计算，届满日为 ${dueWords(reply)}。`,
    staffNote: outcome,
  });
  await audit(tx, 'openness.application.consult_end', id, { lapsed: Boolean(lapsed) });
  return { status: 'processing', dueAt: reply?.dueAt ?? null, dueKind: REPLY_CLOCK.kind };
}

/** 延长答复期限: up to 20 working days in all, approved by the office's head, with a notice. */
export async function extendApplication(
  ctx: Ctx,
  id: string,
  input: { days?: number; approvedBy?: string; reason?: string },
): Promise<ApplicationRow> {
  requirePermission(ctx.actor, 'openness:apply');
  const days = input.days;
  if (!Number.isInteger(days) || (days as number) < 1)
    throw validationError('days', '请填写延长的工作日数（1 至 20）');
  const approvedBy = text(input.approvedBy);
  if (!approvedBy)
    throw validationError('approvedBy', '延长答复期限须经政府信息公开工作机构负责人同意，请填写批准人');
  const reason = text(input.reason);
  if (reason.length < 4) throw validationError('reason', '请写明需要延长答复期限的理由');
  return step(ctx, id, ['processing', 'consulting'], '延长答复期限', async (tx, row) => {
    const left = MAX_EXTENSION_DAYS - row.extendedDays;
    if ((days as number) > left)
      throw validationError(
        'days',
        row.extendedDays
          ? `延长答复期限最长不超过 ${MAX_EXTENSION_DAYS} 个工作日：已延长 ${row.extendedDays} 个工作日，最多还可延长 ${left} 个工作日`
          : `延长答复期限最长不超过 ${MAX_EXTENSION_DAYS} 个工作日`,
      );
    const clock = await replyClock(tx, id);
    if (!clock)
      throw opennessError('OPENNESS_APPLICATION_NOT_FOUND', { message: '该申请没有正在计算的答复期限' });
    const extended = await extendClock(tx, clock.id, { amount: days as number, approvedBy, reason });
    await appendEvent(tx, subjectOf(id), {
      kind: 'extended',
      text: `延长答复期限 ${days} 个工作日`,
      visibility: 'public',
      note: `因${reason}，经${approvedBy}同意，依照《条例》第三十三条延长答复期限 ${days} 个工作日，届满日改为 ${dueWords(extended)}。`,
    });
    await audit(tx, 'openness.application.extend', id, { days, approvedBy });
    return {
      extendedDays: row.extendedDays + (days as number),
      ...(row.status === 'processing' ? { dueAt: extended.dueAt } : {}),
    };
  });
}

export interface AnswerInput {
  replyType?: string;
  reason?: string;
  text?: string;
  where?: string;
}

/** What each reply type must carry, checked before anything is written. */
function checkAnswer(input: AnswerInput) {
  const type = text(input.replyType) as ReplyType;
  if (!REPLY_TYPES.includes(type)) throw validationError('replyType', '请选择答复类型');
  const reasons = REPLY_REASONS[type];
  const reason = text(input.reason);
  if (reasons && !(reason in reasons))
    throw validationError('reason', `答复“${REPLY_TYPE_LABELS[type]}”须选择理由类别`);
  const body = text(input.text);
  const where = text(input.where);
  if (type === 'already_public' && !where)
    throw validationError(
      'where',
      '已主动公开的，须告知申请人获取该信息的方式和途径（如网址或公开目录索引号）',
    );
  if (type === 'not_ours' && !where)
    throw validationError('where', '不属于本机关公开职责的，须告知负责公开该信息的机关名称和联系方式');
  if (['partly', 'withheld', 'not_held', 'not_handled', 'other'].includes(type) && body.length < 10)
    throw validationError('text', `答复“${REPLY_TYPE_LABELS[type]}”须写明理由和依据（至少 10 个字）`);
  if (type === 'disclosed' && body.length < 4)
    throw validationError('text', '请写明提供信息的内容或方式（如随告知书附送的文件名称）');
  if (body.length > 6000) throw validationError('text', '答复内容最多 6000 个字');
  if (where.length > 500) throw validationError('where', '最多 500 个字');
  return { type, reason: reasons ? reason : null, body, where: where || null };
}

/** 作出答复: every clock stops; the reply number is taken; the 告知书 is generated from the row. */
export async function answerApplication(ctx: Ctx, id: string, input: AnswerInput): Promise<ApplicationRow> {
  requirePermission(ctx.actor, 'openness:apply');
  const a = checkAnswer(input);
  return step(ctx, id, OPEN, '作出答复', async (tx, row) => {
    const taken = await takeNumber(tx, REPLY_SERIES);
    await stopClocksOf(tx, subjectOf(id), { reason: `已答复：${REPLY_TYPE_LABELS[a.type]}` });
    await appendEvent(tx, subjectOf(id), {
      kind: 'answered',
      text: `已答复：${REPLY_TYPE_LABELS[a.type]}`,
      visibility: 'public',
      note: `答复告知书 ${taken.number} 可在本页下载。`,
      data: { replyType: a.type, reason: a.reason, status: row.status },
    });
    await audit(tx, 'openness.application.answer', id, {
      replyType: a.type,
      reason: a.reason,
      number: taken.number,
    });
    return {
      status: 'answered',
      replyType: a.type,
      replyReason: a.reason,
      replyText: a.body,
      replyWhere: a.where,
      replyNumber: taken.number,
      answeredAt: tx.now,
      closedAt: tx.now,
      dueAt: null,
      dueKind: null,
    };
  });
}

/** The job: lapsed 补正 windows become abandoned; lapsed consultations resume the reply clock. */
export async function sweepApplications(ctx: Ctx): Promise<{ abandoned: number; resumed: number }> {
  let abandoned = 0;
  let resumed = 0;
  for (const row of await listLapsedSupplements(ctx.db, ctx.now)) {
    await step(ctx, row.id, ['supplement'], '视为放弃', abandonIn);
    abandoned++;
  }
  for (const row of await listLapsedConsultationRows(ctx.db, ctx.now)) {
    await step(ctx, row.id, ['consulting'], '结束征求意见', (tx) =>
      resumeAfterConsult(tx, row.id, '第三方逾期未提出意见（系统按期限自动恢复计算）'),
    );
    resumed++;
  }
  return { abandoned, resumed };
}

async function audit(
  tx: Ctx,
  action: Parameters<typeof recordAudit>[1]['action'],
  id: string,
  detail: Record<string, unknown> = {},
) {
  await recordAudit(tx, { action, objectType: 'openness_application', objectId: id, detail });
}
