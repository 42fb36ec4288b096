// The letter's steps on the platform timeline (subject 'interaction.letter'): each handling step
// appends one event in the step's transaction. The writer's tracking page reads the public ones
// (收到, 受理, 答复, 评价…); the workbench reads all of them, the staff-only drafts and returns too.
// A report's public events never name the unit handling it; no event names the writer.
import type { AuditAction } from '../../../platform/audit/actions.ts';
import type { Ctx } from '../../../platform/context.ts';
import {
  appendEvent,
  type EventInput,
  listEvents,
  type TimelineEvent,
} from '../../../platform/timeline/index.ts';
import { CHANNELS, RATING_LABELS } from '../channels.ts';
import { LETTER_CLOCK } from './letter-keys.ts';
import type { LetterRow } from './letters.repository.ts';

export const letterSubject = (id: string) => ({ type: LETTER_CLOCK, id });

/** The event a step writes, from the letter before and after it. */
export function letterEvent(
  action: AuditAction,
  before: LetterRow,
  after: LetterRow,
  detail: Record<string, unknown> = {},
): EventInput | null {
  const confidential = CHANNELS[after.channel].confidential;
  const unit = confidential ? null : after.unitName;
  const said = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const note = said(detail.note) ?? said(detail.reason);
  switch (action) {
    case 'interaction.letter.submit':
      return { kind: 'submitted', text: '来信已收到', visibility: 'public' };
    case 'interaction.letter.accept':
      return {
        kind: 'accepted',
        text: unit ? `已受理，交${unit}办理` : '已受理，正在办理',
        visibility: 'public',
        staffNote: note,
      };
    case 'interaction.letter.transfer':
      return {
        kind: 'transferred',
        text: unit ? `改由${unit}办理` : '改由其他承办人员办理',
        visibility: 'public',
        staffNote: `${before.unitName ?? '原承办单位'} → ${after.unitName ?? ''}${note ? `：${note}` : ''}（答复期限不变）`,
      };
    case 'interaction.letter.reject':
      return { kind: 'rejected', text: '不予受理', note: after.rejectReason, visibility: 'public' };
    case 'interaction.letter.forward':
      return { kind: 'forwarded', text: `已转${after.forwardedTo ?? '有关机关'}办理`, visibility: 'public' };
    case 'interaction.letter.merge':
      return { kind: 'merged', text: '与此前的来信反映同一问题，已合并办理', visibility: 'public' };
    case 'interaction.letter.complex':
      return {
        kind: 'complex',
        text: '经批准按复杂来信办理，答复期限延长',
        visibility: 'public',
        staffNote: note,
      };
    case 'interaction.letter.draft':
      return { kind: 'draft', text: '保存答复稿', visibility: 'staff' };
    case 'interaction.letter.draft-submit':
      return { kind: 'draft-submitted', text: '答复稿送单位负责人审核', visibility: 'staff' };
    case 'interaction.letter.unit-approve':
      return after.status === 'answered'
        ? { kind: 'answered', text: '已答复', visibility: 'public', staffNote: '单位负责人审核通过' }
        : { kind: 'unit-approved', text: '单位负责人审核通过，送办公室审核', visibility: 'staff' };
    case 'interaction.letter.office-approve':
      return { kind: 'answered', text: '已答复', visibility: 'public', staffNote: '办公室审核通过' };
    case 'interaction.letter.return':
      return { kind: 'returned', text: '答复稿退回修改', visibility: 'staff', staffNote: note };
    case 'interaction.letter.reopen':
      return { kind: 'reopened', text: '重新办理', visibility: 'public', staffNote: note };
    case 'interaction.letter.rate':
      return after.rating
        ? { kind: 'rated', text: `来信人评价：${RATING_LABELS[after.rating]}`, visibility: 'public' }
        : null;
    default:
      return null;
  }
}

/** Appends the step's event, when it has one. */
export async function recordLetterEvent(
  tx: Ctx,
  action: AuditAction,
  before: LetterRow,
  after: LetterRow,
  detail?: Record<string, unknown>,
): Promise<void> {
  const event = letterEvent(action, before, after, detail);
  if (event) await appendEvent(tx, letterSubject(after.id), event);
}

export function letterTimeline(ctx: Ctx, id: string, publicOnly: boolean): Promise<TimelineEvent[]> {
  return listEvents(ctx, letterSubject(id), { publicOnly });
}
