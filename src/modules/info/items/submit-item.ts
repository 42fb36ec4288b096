// A unit's own items: save a draft, submit it (or write and submit in one step), withdraw it before
// the office starts reviewing. Each is one transaction with its timeline event and audit record.
import crypto from 'node:crypto';
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { holdCalendarForRead, stopClocksOf } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { AppError, validationError } from '../../../platform/errors.ts';
import { appendEvent, stateGuard } from '../../../platform/timeline/index.ts';
import { findUnitPath } from '../../org/index.ts';
import { requireOwnUnit } from '../info.policy.ts';
import { STATUS_LABELS } from '../info.vocab.ts';
import { checkItem, type ItemForm } from './item-input.ts';
import { type ItemRow, insertItem, lockItem, updateItem } from './items.repository.ts';

export const ITEM_SUBJECT = 'info_item';
export const requireItemState = stateGuard(STATUS_LABELS);

export async function unitOf(ctx: Ctx): Promise<{ unitId: string; unitPath: string }> {
  requirePermission(ctx.actor, 'info:submit');
  const unitId = ctx.actor.unitId;
  if (!unitId) throw new AppError('INFO_NO_UNIT');
  const unitPath = ctx.actor.unitPath ?? (await findUnitPath(ctx.db, unitId));
  if (!unitPath) throw new AppError('INFO_NO_UNIT');
  return { unitId, unitPath };
}

/** Writes a new item of the actor's unit: a draft, or submitted at once (submit: true). */
export async function createItem(ctx: Ctx, input: ItemForm & { submit?: boolean }): Promise<ItemRow> {
  const { unitId, unitPath } = await unitOf(ctx);
  const checked = checkItem(input, { draft: !input.submit });
  return inTransaction(ctx, async (tx) => {
    const id = crypto.randomUUID();
    const row = await insertItem(tx.db, {
      id,
      unitId,
      unitPath,
      authorId: tx.actor.id,
      ...checked,
      status: input.submit ? 'submitted' : 'draft',
      submittedAt: input.submit ? tx.now : null,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await appendEvent(
      tx,
      { type: ITEM_SUBJECT, id },
      input.submit ? { kind: 'submitted', text: '报送信息' } : { kind: 'drafted', text: '保存草稿' },
    );
    await recordAudit(tx, {
      action: input.submit ? 'info.item.submit' : 'info.item.draft',
      objectType: ITEM_SUBJECT,
      objectId: id,
      detail: { title: checked.title },
    });
    return row;
  });
}

/** Edits a draft (or an item returned for changes), and submits it when asked. */
export async function editItem(
  ctx: Ctx,
  id: string,
  input: ItemForm & { submit?: boolean },
): Promise<ItemRow> {
  requirePermission(ctx.actor, 'info:submit');
  const checked = checkItem(input, { draft: !input.submit });
  return inTransaction(ctx, async (tx) => {
    const row = await mustLock(tx, id);
    requireOwnUnit(tx, row);
    requireItemState(row, ['draft', 'returned'], input.submit ? '报送' : '修改');
    if (row.reportKind)
      throw validationError('type', '突发事件信息请在“突发事件信息”页面补充和报送，以免中断报送计时');
    if (row.type === 'emergency') checked.type = 'emergency';
    const updated = await updateItem(tx.db, id, {
      ...checked,
      status: input.submit ? 'submitted' : row.status,
      submittedAt: input.submit ? tx.now : row.submittedAt,
      updatedAt: tx.now,
    });
    await appendEvent(
      tx,
      { type: ITEM_SUBJECT, id },
      input.submit
        ? { kind: 'submitted', text: row.status === 'returned' ? '修改后重新报送' : '报送信息' }
        : { kind: 'edited', text: '修改草稿' },
    );
    await recordAudit(tx, {
      action: input.submit ? 'info.item.submit' : 'info.item.draft',
      objectType: ITEM_SUBJECT,
      objectId: id,
      detail: { title: checked.title },
    });
    return updated;
  });
}

/** Withdraws an item before the office starts reviewing it. */
export async function withdrawItem(ctx: Ctx, id: string): Promise<ItemRow> {
  requirePermission(ctx.actor, 'info:submit');
  return inTransaction(ctx, async (tx) => {
    // An emergency registration's report clock stops with it: the calendar is taken before the row.
    await holdCalendarForRead(tx);
    const row = await mustLock(tx, id);
    requireOwnUnit(tx, row);
    requireItemState(row, ['draft', 'submitted', 'returned'], '撤回');
    const updated = await updateItem(tx.db, id, { status: 'withdrawn', updatedAt: tx.now });
    if (row.reportKind === 'initial')
      await stopClocksOf(tx, { type: ITEM_SUBJECT, id }, { reason: '突发事件信息已撤回', at: tx.now });
    await appendEvent(tx, { type: ITEM_SUBJECT, id }, { kind: 'withdrawn', text: '撤回信息' });
    await recordAudit(tx, { action: 'info.item.withdraw', objectType: ITEM_SUBJECT, objectId: id });
    return updated;
  });
}

export async function mustLock(ctx: Ctx, id: string): Promise<ItemRow> {
  const row = await lockItem(ctx.db, id);
  if (!row) throw new AppError('INFO_ITEM_NOT_FOUND');
  return row;
}
