// 延期申请 (DOMAIN §8: "Extensions are requested before the due date"): the lead unit asks for a
// later due day, with a reason, while the deadline has not yet passed — on the due day itself it
// still may (the limit runs to the end of that day); from the next day on it is too late. The
// leader in charge (分管厅领导, from org's 分管 data) approves or refuses it. Approval extends the
// deadline clock (the platform recomputes its due day: the day asked for, moved to the next
// working day when that is a rest day, as every calendar-day clock is); the item keeps the clock's
// day, counts the extension (the circular's 延期 column) and every step goes on its timeline.
import { accountIdsOfPeople } from '../../../platform/access/account-lookup.ts';
import { requirePermission } from '../../../platform/access/policy.ts';
import {
  chinaDay,
  dayDiff,
  extendClock,
  getClock,
  isValidDay,
  isWorkingDay,
  loadWorkingCalendar,
  workingDaysBetween,
} from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { validationError } from '../../../platform/errors.ts';
import { notify } from '../../../platform/notify/index.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { supervisionError } from '../supervision.errors.ts';
import {
  type ExtensionRow,
  type ItemRow,
  insertExtension,
  pendingExtensionForUpdate,
  updateExtension,
} from '../supervision.repository.ts';
import {
  audited,
  auditItem,
  itemStep,
  requireLeader,
  requireOnItem,
  subjectOf,
  text,
} from './item-common.ts';

const link = (id: string) => `/admin/supervision/items/${id}`;

export interface ExtensionRequestInput {
  /** 延期理由. */
  reason?: string;
  /** The due day asked for (YYYY-MM-DD). */
  toDay?: string;
}

export interface ExtensionDecisionInput {
  decision?: 'approve' | 'refuse';
  comment?: string;
}

function checkNewDay(row: ItemRow, toDay: string | undefined): string {
  if (!toDay || !isValidDay(toDay)) throw validationError('toDay', '请填写申请延期至的日期（有效日期）');
  if (!row.dueDay || toDay <= row.dueDay)
    throw validationError(
      'toDay',
      `申请延期至的日期（${toDay}）应晚于现在的办理期限（${row.dueDay ?? '未定'}）`,
    );
  return toDay;
}

/** 申请延期: the lead unit, before the deadline has passed. */
export async function requestExtension(
  ctx: Ctx,
  itemId: string,
  input: ExtensionRequestInput,
): Promise<ExtensionRow> {
  return audited(ctx, 'supervision.extension.request', itemId, async () => {
    requirePermission(ctx.actor, 'supervision:report');
    const reason = text(input.reason);
    if (reason.length < 5) throw validationError('reason', '请写明申请延期的理由（至少 5 个字）');
    if (reason.length > 2000) throw validationError('reason', '延期理由最多 2000 个字');
    let made: ExtensionRow | undefined;
    await itemStep(ctx, itemId, ['handling'], '申请延期', async (tx, row) => {
      await requireOnItem(tx, row, ['lead']);
      const today = chinaDay(tx.now);
      if (!row.dueDay || !row.clockId) throw validationError('toDay', '该事项没有办理期限，无需申请延期');
      if (today > row.dueDay)
        throw supervisionError('SUPERVISION_EXTENSION_LATE', {
          message: `办理期限（${row.dueDay}）已过，不能再申请延期；延期申请应当在期限届满前提出`,
          errors: [{ field: 'dueDay', message: `办理期限 ${row.dueDay} 已过` }],
        });
      const toDay = checkNewDay(row, input.toDay);
      if (await pendingExtensionForUpdate(tx.db, itemId))
        throw supervisionError('SUPERVISION_EXTENSION_PENDING');
      made = await insertExtension(tx.db, {
        itemId,
        unitId: row.leadUnitId ?? (tx.actor.unitId as string),
        unitName: row.leadUnitName,
        reason,
        fromDay: row.dueDay,
        toDay,
        requestedBy: tx.actor.id,
        requestedByName: tx.actor.displayName,
        requestedAt: tx.now,
      });
      await appendEvent(tx, subjectOf(itemId), {
        kind: 'extension.requested',
        text: `${row.leadUnitName}申请延期至${toDay}`,
        note: `现办理期限：${row.dueDay}。理由：${reason}`,
        data: { extensionId: made.id },
      });
      if (row.leaderInChargeId) {
        const accounts = await accountIdsOfPeople(tx.db, [row.leaderInChargeId]);
        if (accounts.length)
          await notify(tx, {
            accountIds: accounts,
            title: `待审批延期：${row.number}`,
            body: `${row.leadUnitName}申请将「${row.title}」的办理期限由${row.dueDay}延至${toDay}。理由：${reason}`,
            link: link(itemId),
            category: 'supervision',
          });
      }
      await auditItem(tx, 'supervision.extension.request', itemId, { fromDay: row.dueDay, toDay });
      return {};
    });
    return made as ExtensionRow;
  });
}

/**
 * How far to extend the item's clock for its due day to become `toDay`, in the clock's own unit:
 * calendar days from the day before any rest-day move (the clock moves the new day itself when it
 * is a rest day); working days up to `toDay`, one more when `toDay` is a rest day (the next
 * working day, as a calendar-day limit would be).
 */
async function amountTo(tx: Ctx, clockId: string, toDay: string): Promise<number> {
  const clock = await getClock(tx, clockId);
  if (!clock.dueAt) throw validationError('toDay', clock.dueError ?? '现在的办理期限无法计算，不能延期');
  const due = chinaDay(clock.dueAt);
  if (clock.limit.unit === 'days') return dayDiff(clock.explanation?.rolledFrom ?? due, toDay);
  const cal = await loadWorkingCalendar(tx);
  return workingDaysBetween(cal, due, toDay) + (isWorkingDay(cal, toDay) ? 0 : 1);
}

/** 审批延期: the leader in charge approves (the clock is extended) or refuses with a reason. */
export async function decideExtension(
  ctx: Ctx,
  itemId: string,
  input: ExtensionDecisionInput,
): Promise<ExtensionRow> {
  return audited(ctx, 'supervision.extension.decide', itemId, async () => {
    requirePermission(ctx.actor, 'supervision:lead');
    if (input.decision !== 'approve' && input.decision !== 'refuse')
      throw validationError('decision', '请选择同意或不同意延期');
    const approve = input.decision === 'approve';
    const comment = text(input.comment);
    if (!approve && comment.length < 2) throw validationError('comment', '不同意延期须写明意见');
    if (comment.length > 2000) throw validationError('comment', '审批意见最多 2000 个字');
    let decided: ExtensionRow | undefined;
    await itemStep(ctx, itemId, ['handling'], '审批延期', async (tx, row) => {
      await requireLeader(tx, row, false);
      const ext = await pendingExtensionForUpdate(tx.db, itemId);
      if (!ext) throw supervisionError('SUPERVISION_NO_PENDING_EXTENSION');
      // requireLeader let only the leader in charge through (or the system, loading demo data).
      const leader = row.leaderInChargeName || tx.actor.displayName;
      const base = {
        decidedBy: tx.actor.id,
        decidedByName: leader,
        decidedAt: tx.now,
        decisionComment: comment,
      };
      const notifyUnit = (title: string, body: string) =>
        notify(tx, { unitId: ext.unitId, title, body, link: link(itemId), category: 'supervision' });
      if (!approve) {
        decided = await updateExtension(tx.db, ext.id, { ...base, status: 'refused' });
        await appendEvent(tx, subjectOf(itemId), {
          kind: 'extension.refused',
          text: `分管厅领导${leader}不同意延期`,
          note: `办理期限仍为${row.dueDay}。意见：${comment}`,
          data: { extensionId: ext.id },
        });
        await notifyUnit(`延期申请未获同意：${row.number}`, `办理期限仍为${row.dueDay}。意见：${comment}`);
        await auditItem(tx, 'supervision.extension.decide', itemId, { decision: 'refuse' });
        return {};
      }
      // The due day may have moved since the request (a calendar edit): the day asked for must still be later.
      checkNewDay(row, ext.toDay);
      const clockId = row.clockId as string;
      const amount = await amountTo(tx, clockId, ext.toDay);
      const clock = await extendClock(tx, clockId, {
        amount,
        approvedBy: leader,
        reason: `延期申请：${ext.reason}`.slice(0, 200),
      });
      const dueDay = clock.dueAt ? chinaDay(clock.dueAt) : null;
      decided = await updateExtension(tx.db, ext.id, { ...base, status: 'approved', newDueDay: dueDay });
      await appendEvent(tx, subjectOf(itemId), {
        kind: 'extension.approved',
        text: `分管厅领导${leader}同意延期`,
        note: `办理期限由${row.dueDay}延至${dueDay ?? '未能计算'}${dueDay && dueDay !== ext.toDay ? `（申请${ext.toDay}为休息日，顺延至下一个工作日）` : ''}${comment ? `。意见：${comment}` : ''}`,
        data: { extensionId: ext.id, fromDay: row.dueDay, dueDay },
      });
      await notifyUnit(
        `延期申请已同意：${row.number}`,
        `「${row.title}」的办理期限延至${dueDay ?? ext.toDay}。`,
      );
      await auditItem(tx, 'supervision.extension.decide', itemId, {
        decision: 'approve',
        fromDay: row.dueDay,
        dueDay,
      });
      return {
        dueDay,
        dueRule: `${row.dueRule}；${chinaDay(tx.now)}经分管厅领导${leader}批准延期至${dueDay ?? ext.toDay}`,
        extensionCount: row.extensionCount + 1,
      };
    });
    return decided as ExtensionRow;
  });
}
