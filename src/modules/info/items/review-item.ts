// The office's review (审核采用): take an item into review, adopt it at a level (several levels over
// time, never one level twice) with the level's points from the settings, keep an edited text beside
// the original, return it for changes or not adopt it — both with a reason. Each one transaction with
// its timeline event, points and audit record.
import crypto from 'node:crypto';
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, validationError } from '../../../platform/errors.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { sanitizeBody } from '../../portal/index.ts';
import { LEVEL_LABELS, LEVELS } from '../info.settings.ts';
import { ADOPTION_LEVELS, type AdoptionLevel } from '../info.table.ts';
import { adoptionsOf, type ItemRow, insertAdoption, insertPoints, updateItem } from './items.repository.ts';
import { ITEM_SUBJECT, mustLock, requireItemState } from './submit-item.ts';

/** Takes a submitted item into review (审核中): the unit can no longer withdraw it. */
export async function startReview(ctx: Ctx, id: string): Promise<ItemRow> {
  requirePermission(ctx.actor, 'info:review');
  return inTransaction(ctx, async (tx) => {
    const row = await mustLock(tx, id);
    requireItemState(row, ['submitted'], '开始审核');
    const updated = await updateItem(tx.db, id, { status: 'reviewing', updatedAt: tx.now });
    await appendEvent(tx, { type: ITEM_SUBJECT, id }, { kind: 'reviewing', text: '办公室开始审核' });
    await recordAudit(tx, { action: 'info.item.review', objectType: ITEM_SUBJECT, objectId: id });
    return updated;
  });
}

/** The points a level carries now; refused (field named) for a level not in the settings or set to 0. */
export async function pointsOfLevel(ctx: Ctx, level: string, field = 'level'): Promise<number> {
  const def = LEVELS.find((l) => l.level === level);
  if (!def || !ADOPTION_LEVELS.includes(level as AdoptionLevel))
    throw validationError(field, `采用级别「${level}」不在系统设置的采用级别中`);
  const points = await getSetting(ctx, def.setting);
  if (points <= 0)
    throw validationError(field, `「${def.label}」在系统设置中已停用（积分为 0），不能登记采用`);
  return points;
}

export interface AdoptInput {
  level: string;
  /** The office's edited text, kept beside the original. */
  editedBody?: string | null;
  note?: string | null;
}

/** Adopts the item at a level: the adoption, the unit's and author's points, the item adopted. */
export async function adoptItem(ctx: Ctx, id: string, input: AdoptInput): Promise<ItemRow> {
  requirePermission(ctx.actor, 'info:review');
  const points = await pointsOfLevel(ctx, input.level);
  const level = input.level as AdoptionLevel;
  const note = input.note?.trim() || null;
  if (note && note.length > 500) throw validationError('note', '采用说明不超过 500 个字');
  const edited = input.editedBody ? sanitizeBody(input.editedBody) : null;
  return inTransaction(ctx, async (tx) => {
    const row = await mustLock(tx, id);
    requireItemState(row, ['submitted', 'reviewing', 'adopted'], '采用');
    return adoptLocked(tx, row, { level, points, note, edited });
  });
}

/** Adoption on a locked row (the bulletin composer adopts at 专报 level through this too). */
export async function adoptLocked(
  tx: Ctx,
  row: ItemRow,
  a: { level: AdoptionLevel; points: number; note: string | null; edited: string | null },
): Promise<ItemRow> {
  const had = await adoptionsOf(tx.db, row.id);
  if (had.some((x) => x.level === a.level))
    throw new AppError('INFO_ALREADY_ADOPTED', {
      message: `这条信息已在「${LEVEL_LABELS[a.level]}」级别采用过，同一级别不能重复采用`,
      errors: [{ field: 'level', message: `已在「${LEVEL_LABELS[a.level]}」级别采用过` }],
    });
  const adoptionId = crypto.randomUUID();
  await insertAdoption(tx.db, {
    id: adoptionId,
    itemId: row.id,
    unitId: row.unitId,
    level: a.level,
    points: a.points,
    note: a.note,
    adoptedAt: tx.now,
    adoptedBy: tx.actor.id,
  });
  await insertPoints(tx.db, {
    id: crypto.randomUUID(),
    itemId: row.id,
    unitId: row.unitId,
    authorId: row.authorId,
    authorName: row.authorName,
    source: 'adoption',
    sourceId: adoptionId,
    points: a.points,
    label: LEVEL_LABELS[a.level],
    at: tx.now,
  });
  const updated = await updateItem(tx.db, row.id, {
    status: 'adopted',
    reviewedAt: row.reviewedAt ?? tx.now,
    reviewNote: null,
    editedBody: a.edited ?? row.editedBody,
    updatedAt: tx.now,
  });
  await appendEvent(
    tx,
    { type: ITEM_SUBJECT, id: row.id },
    {
      kind: 'adopted',
      text: `${LEVEL_LABELS[a.level]}，积 ${a.points} 分`,
      note: a.note,
      data: { level: a.level, points: a.points, edited: Boolean(a.edited) },
    },
  );
  await recordAudit(tx, {
    action: 'info.item.adopt',
    objectType: ITEM_SUBJECT,
    objectId: row.id,
    detail: { level: a.level, points: a.points },
  });
  return updated;
}

function reasonOf(input: { reason?: string }): string {
  const reason = (input.reason ?? '').trim();
  if (reason.length < 4) throw validationError('reason', '请写明理由（至少 4 个字），报送单位会看到');
  if (reason.length > 500) throw validationError('reason', '理由不超过 500 个字');
  return reason;
}

/** Returns the item to its unit for changes (退回修改), with the reason; the unit may resubmit. */
export async function returnItem(ctx: Ctx, id: string, input: { reason?: string }): Promise<ItemRow> {
  requirePermission(ctx.actor, 'info:review');
  const reason = reasonOf(input);
  return inTransaction(ctx, async (tx) => {
    const row = await mustLock(tx, id);
    requireItemState(row, ['submitted', 'reviewing'], '退回修改');
    const updated = await updateItem(tx.db, id, {
      status: 'returned',
      reviewNote: reason,
      updatedAt: tx.now,
    });
    await appendEvent(tx, { type: ITEM_SUBJECT, id }, { kind: 'returned', text: '退回修改', note: reason });
    await recordAudit(tx, { action: 'info.item.return', objectType: ITEM_SUBJECT, objectId: id });
    return updated;
  });
}

/** Does not adopt the item (未采用), with the reason. */
export async function rejectItem(ctx: Ctx, id: string, input: { reason?: string }): Promise<ItemRow> {
  requirePermission(ctx.actor, 'info:review');
  const reason = reasonOf(input);
  return inTransaction(ctx, async (tx) => {
    const row = await mustLock(tx, id);
    requireItemState(row, ['submitted', 'reviewing'], '不予采用');
    const updated = await updateItem(tx.db, id, {
      status: 'not_adopted',
      reviewNote: reason,
      reviewedAt: tx.now,
      updatedAt: tx.now,
    });
    await appendEvent(tx, { type: ITEM_SUBJECT, id }, { kind: 'not_adopted', text: '未采用', note: reason });
    await recordAudit(tx, { action: 'info.item.reject', objectType: ITEM_SUBJECT, objectId: id });
    return updated;
  });
}
