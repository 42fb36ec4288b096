// What the item use cases share: the subject on the timeline, the number series, the state guard,
// the step wrapper (lock, state, write, timeline, audit — one transaction) and the refusal audit.
import { personIdOfAccount } from '../../../platform/access/account-lookup.ts';
import { can } from '../../../platform/access/policy.ts';
import type { AuditActions } from '../../../platform/audit/actions.ts';
import { recordAudit, recordAuditAlone } from '../../../platform/audit/audit.service.ts';
import { holdCalendarForRead } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { defineSeries } from '../../../platform/documents/index.ts';
import { AppError } from '../../../platform/errors.ts';
import { stateGuard } from '../../../platform/timeline/index.ts';
import { supervisionError } from '../supervision.errors.ts';
import {
  findItemForUpdate,
  type ItemRow,
  type NewItemRow,
  unitsOfItem,
  updateItem,
} from '../supervision.repository.ts';
import type { ItemStatus } from '../supervision.table.ts';
import { STATUS_LABELS } from '../supervision.vocab.ts';

export const ITEM_SUBJECT = 'supervision_item';
export const subjectOf = (id: string) => ({ type: ITEM_SUBJECT, id });

/** 督字〔2026〕17号: gap-free per year (kernel numbering). */
export const ITEM_SERIES = defineSeries('supervision.item', '督字〔{year}〕{serial}号');

export const requireItemState = stateGuard<ItemStatus>(STATUS_LABELS);
export const OPEN_STATUSES: ItemStatus[] = ['registered', 'handling', 'closure_review', 'signoff'];

export const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export type SupervisionAction = Extract<keyof AuditActions, `supervision.${string}`>;

/**
 * Runs a use case; a refusal (bad input 400, wrong state 409, not on the item 403) is audited
 * in its own transaction with what was refused, and rethrown — nothing else changes.
 */
export async function audited<T>(
  ctx: Ctx,
  action: SupervisionAction,
  objectId: string | null,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof AppError && e.status >= 400 && e.status < 500 && e.status !== 404)
      await recordAuditAlone(ctx, {
        action,
        objectType: 'supervision_item',
        objectId,
        result: e.status === 403 ? 'denied' : 'failure',
        detail: { code: e.code, message: e.message },
      });
    throw e;
  }
}

/** One step on an item: calendar held, row locked and in an allowed state, then `work`. */
export async function itemStep(
  ctx: Ctx,
  id: string,
  allowed: readonly ItemStatus[],
  action: string,
  work: (tx: Ctx, row: ItemRow) => Promise<Partial<NewItemRow>>,
): Promise<ItemRow> {
  return inTransaction(ctx, async (tx) => {
    await holdCalendarForRead(tx);
    const row = await findItemForUpdate(tx.db, id);
    if (!row) throw supervisionError('SUPERVISION_ITEM_NOT_FOUND');
    requireItemState(row, allowed, action);
    const patch = await work(tx, row);
    return updateItem(tx.db, id, { ...patch, updatedAt: tx.now });
  });
}

export async function auditItem(tx: Ctx, action: SupervisionAction, id: string, detail?: object) {
  await recordAudit(tx, {
    action,
    objectType: 'supervision_item',
    objectId: id,
    detail: (detail ?? null) as Record<string, unknown> | null,
  });
}

/** The actor's role on an item's units: 'lead', 'co' or null (not on it). */
export async function unitRoleOn(ctx: Ctx, itemId: string): Promise<'lead' | 'co' | null> {
  const unitId = ctx.actor.unitId;
  if (!unitId) return null;
  const units = await unitsOfItem(ctx.db, itemId);
  return units.find((u) => u.unitId === unitId)?.role ?? null;
}

/** Throws 403 unless the actor's unit leads the item (or helps, when co-units may act). */
export async function requireOnItem(ctx: Ctx, row: ItemRow, roles: Array<'lead' | 'co'>) {
  if (ctx.actor.kind === 'system') return 'lead' as const;
  const role = await unitRoleOn(ctx, row.id);
  if (!role || !roles.includes(role))
    throw supervisionError('SUPERVISION_NOT_ON_ITEM', {
      message:
        role === 'co' && !roles.includes('co')
          ? `您所在单位是「${row.number}」的协办单位，进展和办结情况由牵头单位（${row.leadUnitName}）报送；协办单位请报送协办情况`
          : `您所在单位不是「${row.number}」的牵头或协办单位，不能办理此事项`,
    });
  return role;
}

/** The person the actor is, when the actor is a leader on this item (in charge or instructing). */
export async function leaderRoleOn(ctx: Ctx, row: ItemRow): Promise<'charge' | 'instructing' | null> {
  const personId = await personIdOfAccount(ctx.db, ctx.actor.id);
  if (!personId) return null;
  if (row.leaderInChargeId === personId) return 'charge';
  if (row.instructingLeaderId === personId) return 'instructing';
  return null;
}

/** Throws 403 unless the actor is the item's leader in charge (or the instructing leader). */
export async function requireLeader(ctx: Ctx, row: ItemRow, allowInstructing = true) {
  if (ctx.actor.kind === 'system') return 'charge' as const;
  const role = await leaderRoleOn(ctx, row);
  if (!role || (role === 'instructing' && !allowInstructing) || !can(ctx.actor, 'supervision:lead'))
    throw supervisionError('SUPERVISION_NOT_LEADER', {
      message: `只有「${row.number}」的分管厅领导（${row.leaderInChargeName || '未确定'}）${allowInstructing && row.instructingLeaderName ? `或批示领导（${row.instructingLeaderName}）` : ''}可以办理此步骤`,
    });
  return role;
}
