// 领导批示: the office records a leader's instruction on an issued bulletin, or on one item of it —
// who, when, the words — in one transaction that adds the configured points to the item's unit and
// author (省领导 or 局领导 批示加分), writes both timelines, and publishes 'info.instruction.recorded'
// so that the supervision module, when installed, opens a supervision item (批示件) in the same
// transaction; its answer is kept on the instruction, the link both ways.
import crypto from 'node:crypto';
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { formatInstant } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { publishEvent } from '../../../platform/events/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { INSTRUCTION_RECORDED, type InstructionAnswer } from '../info.events.ts';
import {
  INSTRUCTION_POINTS_DEPARTMENT,
  INSTRUCTION_POINTS_PROVINCIAL,
  PUBLICATION,
} from '../info.settings.ts';
import { insertPoints } from '../items/items.repository.ts';
import { ITEM_SUBJECT, mustLock } from '../items/submit-item.ts';
import {
  bulletinItems,
  type InstructionRow,
  insertInstruction,
  linkInstruction,
} from './bulletins.repository.ts';
import { BULLETIN_SUBJECT, mustLockBulletin } from './compose-bulletin.ts';

export interface InstructionInput {
  itemId?: string | null;
  leaderName?: string;
  leaderTitle?: string;
  leaderLevel?: string;
  instructedAt?: string;
  text?: string;
}

const LEVEL_LABELS = { provincial: '省领导', department: '局领导' } as const;

export async function recordInstruction(
  ctx: Ctx,
  bulletinId: string,
  input: InstructionInput,
): Promise<InstructionRow & { answeredBy: string[] }> {
  requirePermission(ctx.actor, 'info:review');
  const errors: FieldError[] = [];
  const leaderName = (input.leaderName ?? '').trim();
  const leaderTitle = (input.leaderTitle ?? '').trim();
  const text = (input.text ?? '').trim();
  const level = input.leaderLevel as keyof typeof LEVEL_LABELS;
  if (!leaderName) errors.push({ field: 'leaderName', message: '请填写批示领导的姓名' });
  else if (leaderName.length > 20)
    errors.push({ field: 'leaderName', message: '批示领导姓名不超过 20 个字' });
  if (leaderTitle.length > 40) errors.push({ field: 'leaderTitle', message: '职务不超过 40 个字' });
  if (!(level in LEVEL_LABELS))
    errors.push({ field: 'leaderLevel', message: '请选择批示领导的层级（省领导或局领导）' });
  if (text.length < 2) errors.push({ field: 'text', message: '请录入批示内容' });
  else if (text.length > 5000) errors.push({ field: 'text', message: '批示内容不超过 5000 个字' });
  const at = input.instructedAt ? new Date(input.instructedAt) : null;
  if (!at || Number.isNaN(at.getTime())) errors.push({ field: 'instructedAt', message: '请填写批示时间' });
  else if (at > ctx.now) errors.push({ field: 'instructedAt', message: '批示时间不能晚于现在' });
  if (errors.length) throw new AppError('VALIDATION_FAILED', { message: errors[0].message, errors });
  const instructedAt = at as Date;
  const points = await getSetting(
    ctx,
    level === 'provincial' ? INSTRUCTION_POINTS_PROVINCIAL : INSTRUCTION_POINTS_DEPARTMENT,
  );
  const publication = await getSetting(ctx, PUBLICATION);
  return inTransaction(ctx, async (tx) => {
    const b = await mustLockBulletin(tx, bulletinId);
    if (b.status !== 'issued' || !b.number || !b.issuedAt)
      throw new AppError('STATE_CONFLICT', { message: '这一期专报尚未印发，印发后才能录入领导批示' });
    if (instructedAt < b.issuedAt)
      throw new AppError('VALIDATION_FAILED', {
        message: `批示时间不能早于本期印发时间（${formatInstant(b.issuedAt)}）`,
        errors: [
          { field: 'instructedAt', message: `批示时间不能早于本期印发时间（${formatInstant(b.issuedAt)}）` },
        ],
      });
    const entries = await bulletinItems(tx.db, bulletinId);
    const entry = input.itemId ? entries.find((e) => e.itemId === input.itemId) : null;
    if (input.itemId && !entry)
      throw new AppError('VALIDATION_FAILED', {
        message: '所选信息不在这一期专报中',
        errors: [{ field: 'itemId', message: '所选信息不在这一期专报中' }],
      });
    const item = entry ? await mustLock(tx, entry.itemId) : null;
    const id = crypto.randomUUID();
    const awarded = item ? points : 0;
    const row = await insertInstruction(tx.db, {
      id,
      bulletinId,
      itemId: item?.id ?? null,
      leaderName,
      leaderTitle,
      leaderLevel: level,
      instructedAt,
      text,
      points: awarded,
      recordedBy: tx.actor.id,
      recordedAt: tx.now,
    });
    const who = `${leaderTitle}${leaderName}`;
    if (item) {
      if (awarded > 0)
        await insertPoints(tx.db, {
          id: crypto.randomUUID(),
          itemId: item.id,
          unitId: item.unitId,
          authorId: item.authorId,
          authorName: item.authorName,
          source: 'instruction',
          sourceId: id,
          points: awarded,
          label: `${LEVEL_LABELS[level]}批示（${who}）`,
          at: tx.now,
        });
      await appendEvent(
        tx,
        { type: ITEM_SUBJECT, id: item.id },
        { kind: 'instruction', text: `${who}作出批示${awarded ? `，加 ${awarded} 分` : ''}`, note: text },
      );
    }
    // Supervision (when installed) opens its item now, in this transaction, and answers with it.
    const answers = await publishEvent(tx, INSTRUCTION_RECORDED, {
      instructionId: id,
      bulletinId,
      bulletinNumber: b.number,
      publication,
      itemId: item?.id ?? null,
      title: entry?.title ?? b.title,
      unitId: item?.unitId ?? null,
      leaderName,
      leaderTitle,
      instructedAt: instructedAt.toISOString(),
      text,
      link: `/admin/info/bulletins/${bulletinId}`,
    });
    const opened = answers
      .map((a) => a.result as Partial<InstructionAnswer> | null | undefined)
      .find((r) => r?.supervisionItemId && r.number);
    let saved = row;
    if (opened) {
      saved = await linkInstruction(tx.db, id, {
        supervisionItemId: opened.supervisionItemId as string,
        supervisionNumber: opened.number as string,
      });
    }
    await appendEvent(
      tx,
      { type: BULLETIN_SUBJECT, id: bulletinId },
      {
        kind: 'instruction',
        text: `${who}批示${entry ? `「${entry.title}」` : '本期'}${opened ? `，已立督查事项${opened.number}` : ''}`,
        note: text,
      },
    );
    await recordAudit(tx, {
      action: 'info.instruction.record',
      objectType: BULLETIN_SUBJECT,
      objectId: bulletinId,
      detail: { instructionId: id, itemId: item?.id ?? null, leader: who, points: awarded },
    });
    return { ...saved, answeredBy: answers.map((a) => a.owner) };
  });
}
