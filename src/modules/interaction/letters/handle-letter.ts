// Handling a letter (办理), each step one use case: the office triages (受理交办, 不予受理, 转其他机关,
// 合并重复件), transfers between units (the clock goes along) and grants the complex-letter limit;
// the unit drafts the reply, its head approves, the office approves a 厅长信箱 reply too, and the
// reply is sent — the clock stopped, the writer e-mailed, the redacted Q and A published when the
// writer consented and the replying staff chose to. An unsatisfied writer's letter may be reopened
// once. Each step: permission and scope first, the letter locked, its state checked, one
// transaction with the audit record.
import type { AuditAction } from '../../../platform/audit/actions.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import {
  chinaDay,
  extendClock,
  loadWorkingCalendar,
  reassignClock,
  startClock,
  stopClock,
  workingDaysBetween,
} from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { validationError } from '../../../platform/errors.ts';
import { notifyInboxes, queueEmail } from '../../../platform/notify/index.ts';
import { findUnit } from '../../org/index.ts';
import { CHANNELS, channelView, RATING_LABELS, STATUS_LABELS } from '../channels.ts';
import { interactionError } from '../interaction.errors.ts';
import { requireLetterPermission, requireOnLetter } from '../interaction.policy.ts';
import { REPLY_CLOCK } from '../interaction.settings.ts';
import type { LetterStatus } from '../interaction.table.ts';
import { indexReply } from '../replies/reply-search.ts';
import { recordLetterEvent } from './letter-events.ts';
import { LETTER_CLOCK } from './letter-keys.ts';
import {
  findLetterByNumber,
  findLetterForUpdate,
  type LetterRow,
  type NewLetterRow,
  updateLetter,
} from './letters.repository.ts';

const text = (v: unknown, field: string, label: string, max: number, required = true): string => {
  const s = typeof v === 'string' ? v.replace(/\r\n/g, '\n').trim() : '';
  if (required && !s) throw validationError(field, `请填写${label}`);
  if (s.length > max) throw validationError(field, `${label}最多 ${max} 个字，现有 ${s.length} 个字`);
  return s;
};

async function locked(tx: Ctx, id: string): Promise<LetterRow> {
  const row = await findLetterForUpdate(tx.db, id);
  if (!row) throw interactionError('LETTER_NOT_FOUND');
  return row;
}

function requireStatus(row: LetterRow, ...allowed: LetterStatus[]): void {
  if (!allowed.includes(row.status))
    throw interactionError('LETTER_STATE', {
      message: `这封来信当前为“${STATUS_LABELS[row.status]}”，不能进行此操作`,
    });
}

/** The office's permission to triage; for a report, the discipline staff's. */
function requireTriage(ctx: Ctx, row: LetterRow): void {
  requireLetterPermission(ctx, row.channel, 'letters:triage');
}

interface StepInput {
  id: string;
}

/**
 * One step: lock, authorize against the row, check and change it, audit — in one transaction.
 * `change` returns the patch and the audit detail (never the writer's identity).
 */
async function step(
  ctx: Ctx,
  input: StepInput,
  action: AuditAction,
  authorize: (tx: Ctx, row: LetterRow) => void,
  change: (
    tx: Ctx,
    row: LetterRow,
  ) => Promise<{ patch: Partial<NewLetterRow>; detail?: Record<string, unknown> }>,
): Promise<LetterRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await locked(tx, input.id);
    authorize(tx, row);
    const { patch, detail } = await change(tx, row);
    const updated = await updateLetter(tx.db, row.id, { ...patch, updatedAt: tx.now });
    if (updated.published !== row.published) await indexReply(tx, row.id);
    await recordLetterEvent(tx, action, row, updated, detail);
    await recordAudit(tx, {
      action,
      objectType: 'interaction_letter',
      objectId: row.id,
      detail: { number: row.number, from: row.status, to: updated.status, ...detail },
    });
    return updated;
  });
}

async function unitOf(tx: Ctx, unitId: string) {
  const unit = typeof unitId === 'string' && unitId ? await findUnit(tx.db, unitId) : undefined;
  if (!unit?.active)
    throw interactionError('LETTER_UNIT_NOT_FOUND', {
      errors: [{ field: 'unitId', message: '请选择承办单位' }],
    });
  return unit;
}

/** 受理交办: the office accepts the letter and routes it to the unit that answers it. */
export function acceptLetter(ctx: Ctx, input: StepInput & { unitId: string; note?: string }) {
  return step(ctx, input, 'interaction.letter.accept', requireTriage, async (tx, row) => {
    requireStatus(row, 'received');
    const note = text(input.note, 'note', '交办意见', 200, false);
    const unit = await unitOf(tx, input.unitId);
    if (row.clockId) await reassignClock(tx, row.clockId, { unitId: unit.id });
    await notifyInboxes(tx, [
      {
        unitId: unit.id,
        title: `新交办来信：${row.subject}`,
        body: `${CHANNELS[row.channel].defaultName}来信 ${row.number} 已交你单位办理${note ? `（${note}）` : ''}，请在期限内答复。`,
        link: `/admin/interaction/letters/${row.id}`,
        category: 'interaction',
        at: tx.now,
      },
    ]);
    return {
      patch: {
        status: 'assigned',
        unitId: unit.id,
        unitPath: unit.path,
        unitName: unit.name,
        acceptedAt: tx.now,
      },
      detail: { unitId: unit.id, note: note || undefined },
    };
  });
}

/** 转办: to another unit of the department; the reply clock keeps running (no new limit). */
export function transferLetter(ctx: Ctx, input: StepInput & { unitId: string; reason: string }) {
  return step(ctx, input, 'interaction.letter.transfer', requireTriage, async (tx, row) => {
    requireStatus(row, 'assigned', 'drafted');
    const reason = text(input.reason, 'reason', '转办理由', 200);
    const unit = await unitOf(tx, input.unitId);
    if (unit.id === row.unitId) throw validationError('unitId', '请选择另一个承办单位');
    if (row.clockId) await reassignClock(tx, row.clockId, { unitId: unit.id });
    await notifyInboxes(tx, [
      {
        unitId: unit.id,
        title: `转来来信：${row.subject}`,
        body: `来信 ${row.number} 由${row.unitName ?? '原承办单位'}转你单位办理（${reason}），答复期限不变。`,
        link: `/admin/interaction/letters/${row.id}`,
        category: 'interaction',
        at: tx.now,
      },
    ]);
    return {
      patch: {
        status: 'assigned',
        unitId: unit.id,
        unitPath: unit.path,
        unitName: unit.name,
        replyDraft: null,
        draftedBy: null,
      },
      detail: { fromUnitId: row.unitId, unitId: unit.id, reason },
    };
  });
}

/** 不予受理: out of the department's scope, with the reason the writer reads. */
export function rejectLetter(ctx: Ctx, input: StepInput & { reason: string }) {
  return step(ctx, input, 'interaction.letter.reject', requireTriage, async (tx, row) => {
    requireStatus(row, 'received');
    const reason = text(input.reason, 'reason', '不予受理的理由', 300);
    await closeClock(tx, row, '不予受理');
    return { patch: { status: 'rejected', rejectReason: reason, closedAt: tx.now }, detail: { reason } };
  });
}

/** 转其他机关: the matter belongs to another authority, named for the writer. */
export function forwardLetter(ctx: Ctx, input: StepInput & { authority: string }) {
  return step(ctx, input, 'interaction.letter.forward', requireTriage, async (tx, row) => {
    requireStatus(row, 'received');
    const authority = text(input.authority, 'authority', '转往的机关名称', 60);
    await closeClock(tx, row, `转${authority}`);
    return {
      patch: { status: 'forwarded', forwardedTo: authority, closedAt: tx.now },
      detail: { authority },
    };
  });
}

/** 合并重复件: the same matter as an earlier letter (by its number), answered with it. */
export function mergeLetter(ctx: Ctx, input: StepInput & { intoNumber: string }) {
  return step(ctx, input, 'interaction.letter.merge', requireTriage, async (tx, row) => {
    requireStatus(row, 'received');
    const number = text(input.intoNumber, 'intoNumber', '原来信编号', 40);
    const into = await findLetterByNumber(tx.db, number);
    if (!into || into.id === row.id || into.channel !== row.channel || into.status === 'merged')
      throw validationError('intoNumber', '未找到可合并的同一栏目来信，请核对编号');
    await closeClock(tx, row, `并入${into.number}`);
    return {
      patch: { status: 'merged', mergedInto: into.id, closedAt: tx.now },
      detail: { into: into.number },
    };
  });
}

/** 复杂来信: the office grants the longer limit; the clock is extended by the difference. */
export function markComplex(ctx: Ctx, input: StepInput & { reason: string }) {
  return step(ctx, input, 'interaction.letter.complex', requireTriage, async (tx, row) => {
    requireStatus(row, 'received', 'assigned', 'drafted');
    if (row.complex) throw interactionError('LETTER_STATE', { message: '这封来信已按复杂来信办理' });
    const reason = text(input.reason, 'reason', '按复杂来信办理的理由', 200);
    const channel = await channelView(tx, row.channel);
    const more = channel.complexWorkdays - row.limitWorkdays;
    let dueAt = row.dueAt;
    if (row.clockId && more > 0) {
      const clock = await extendClock(tx, row.clockId, {
        amount: more,
        approvedBy: tx.actor.displayName,
        reason,
      });
      dueAt = clock.dueAt;
    }
    return {
      patch: { complex: true, limitWorkdays: Math.max(row.limitWorkdays, channel.complexWorkdays), dueAt },
      detail: { reason, limitWorkdays: channel.complexWorkdays },
    };
  });
}

export interface DraftInput extends StepInput {
  reply: string;
  /** Publish the redacted question and answer (only with the writer's consent). */
  publish?: boolean;
  publicQuestion?: string;
  publicAnswer?: string;
  /** Send to the unit head (提交审核) rather than only save. */
  submit?: boolean;
}

/** 起草答复: the unit's staff write the reply and, when it is to be published, its redacted Q and A. */
export function saveReplyDraft(ctx: Ctx, input: DraftInput) {
  return step(
    ctx,
    input,
    input.submit ? 'interaction.letter.draft-submit' : 'interaction.letter.draft',
    (tx, row) => requireOnLetter(tx, 'letters:reply', row),
    async (tx, row) => {
      requireStatus(row, 'assigned');
      const reply = text(input.reply, 'reply', '答复内容', 5000);
      const publish = Boolean(input.publish) && row.consentPublish && CHANNELS[row.channel].publishable;
      if (input.publish && !row.consentPublish)
        throw validationError('publish', '来信人未同意公开，不能公开答复');
      const publicQuestion = publish
        ? text(input.publicQuestion, 'publicQuestion', '公开的来信内容（脱敏后）', 3000)
        : null;
      const publicAnswer = publish
        ? text(input.publicAnswer, 'publicAnswer', '公开的答复内容（脱敏后）', 5000)
        : null;
      return {
        patch: {
          replyDraft: reply,
          draftedBy: tx.actor.displayName,
          publishRequested: publish,
          publicQuestion,
          publicAnswer,
          status: input.submit ? 'drafted' : 'assigned',
          returnNote: input.submit ? null : row.returnNote,
        },
        detail: { publish },
      };
    },
  );
}

/** 单位审核: the unit head approves; a 厅长信箱 reply goes on to the office, any other is sent. */
export function approveReply(ctx: Ctx, input: StepInput) {
  return step(
    ctx,
    input,
    'interaction.letter.unit-approve',
    (tx, row) => requireOnLetter(tx, 'letters:approve', row),
    async (tx, row) => {
      requireStatus(row, 'drafted');
      if (CHANNELS[row.channel].officeApproval) return { patch: { status: 'office_review' } };
      return { patch: await answer(tx, row) };
    },
  );
}

/** 办公室审核: the office's second approval of a 厅长信箱 reply, which then is sent. */
export function officeApproveReply(ctx: Ctx, input: StepInput) {
  return step(ctx, input, 'interaction.letter.office-approve', requireTriage, async (tx, row) => {
    requireStatus(row, 'office_review');
    return { patch: await answer(tx, row) };
  });
}

/** 退回修改: the head (or the office) sends the draft back to the drafting staff with a note. */
export function returnReply(ctx: Ctx, input: StepInput & { note: string }) {
  return step(
    ctx,
    input,
    'interaction.letter.return',
    (tx, row) => {
      if (row.status === 'office_review') requireTriage(tx, row);
      else requireOnLetter(tx, 'letters:approve', row);
    },
    async (_tx, row) => {
      requireStatus(row, 'drafted', 'office_review');
      const note = text(input.note, 'note', '退回意见', 300);
      return { patch: { status: 'assigned', returnNote: note }, detail: { note } };
    },
  );
}

/** 重新办理: the office reopens an unsatisfied writer's letter, once; it gets a new reply clock. */
export function reopenLetter(ctx: Ctx, input: StepInput & { reason: string }) {
  return step(ctx, input, 'interaction.letter.reopen', requireTriage, async (tx, row) => {
    requireStatus(row, 'answered');
    if (row.reopenCount >= 1)
      throw interactionError('LETTER_REOPENED', {
        errors: [{ field: 'reopenCount', message: '这封来信已重新办理过一次，不能再次重新办理' }],
      });
    if (row.rating !== 'unsatisfied') {
      const message = row.rating
        ? `来信人评价为“${RATING_LABELS[row.rating]}”，只有评价“不满意”的来信可以重新办理`
        : '来信人还没有评价，只有评价“不满意”的来信可以重新办理';
      throw interactionError('LETTER_STATE', { message, errors: [{ field: 'rating', message }] });
    }
    const reason = text(input.reason, 'reason', '重新办理的理由', 200);
    const channel = await channelView(tx, row.channel);
    const clock = await startClock(tx, {
      subjectType: LETTER_CLOCK,
      kind: REPLY_CLOCK.kind,
      subjectId: row.id,
      label: `${channel.name}来信重新办理：${row.number}`,
      startedAt: tx.now,
      limit: { value: channel.limitWorkdays, unit: 'workdays' },
      responsibleUnitId: row.unitId,
    });
    if (row.unitId)
      await notifyInboxes(tx, [
        {
          unitId: row.unitId,
          title: `来信重新办理：${row.subject}`,
          body: `来信人对 ${row.number} 的答复不满意，办公室要求重新办理（${reason}）。`,
          link: `/admin/interaction/letters/${row.id}`,
          category: 'interaction',
          at: tx.now,
        },
      ]);
    return {
      patch: {
        status: 'assigned',
        reopenCount: row.reopenCount + 1,
        clockId: clock.id,
        dueAt: clock.dueAt,
        limitWorkdays: channel.limitWorkdays,
        complex: false,
        returnNote: `重新办理：${reason}`,
        answeredAt: null,
        answeredOnTime: null,
        answerWorkdays: null,
        published: false,
        publishedAt: null,
      },
      detail: { reason },
    };
  });
}

async function closeClock(tx: Ctx, row: LetterRow, reason: string): Promise<void> {
  if (row.clockId) await stopClock(tx, row.clockId, { reason });
}

/** Sends the reply: the clock stopped, on-time and working days recorded, the writer told. */
async function answer(tx: Ctx, row: LetterRow): Promise<Partial<NewLetterRow>> {
  if (!row.replyDraft) throw interactionError('LETTER_STATE', { message: '还没有答复内容' });
  await closeClock(tx, row, '已答复');
  const cal = await loadWorkingCalendar(tx);
  const workdays = workingDaysBetween(cal, chinaDay(row.submittedAt), chinaDay(tx.now));
  const publish = row.publishRequested && row.consentPublish && CHANNELS[row.channel].publishable;
  const channel = await channelView(tx, row.channel);
  const unitName = row.unitName ? ((await findUnit(tx.db, row.unitId ?? ''))?.name ?? row.unitName) : null;
  try {
    const writer = JSON.parse(tx.deps.cipher.decrypt(row.writerEnc)) as { email?: string };
    if (writer.email)
      await queueEmail(tx, {
        to: writer.email,
        subject: `您的来信已答复：${row.number}`,
        text: `您好！您写给${channel.name}的来信“${row.subject}”（编号 ${row.number}）已答复。请凭查询码和查询密码在网站“互动交流—来信查询”查看答复内容，并对答复作出评价。`,
      });
  } catch {
    // A writer record that cannot be read sends no mail; the reply stands.
  }
  return {
    status: 'answered',
    replyText: row.replyDraft,
    replierName: channel.confidential ? null : unitName,
    answeredAt: tx.now,
    answeredOnTime: row.dueAt ? tx.now.getTime() <= row.dueAt.getTime() : true,
    answerWorkdays: workdays,
    closedAt: tx.now,
    published: publish,
    publishedAt: publish ? tx.now : null,
    returnNote: null,
  };
}
