// 办理: the lead unit reports progress (periodic or ad hoc) and proposes closure with the result;
// co-units report their parts; the office accepts a report or returns it with comments (a
// returned report is counted); the leader in charge signs the closure off, and the result goes
// back to the instructing leader (果必报); an item can be reopened with a reason; leaders comment
// and instruct on any item. Each step: authorized, validated, one transaction with the timeline
// event and the audit record; a refusal is audited too.
import { accountIdsOfPeople } from '../../../platform/access/account-lookup.ts';
import { requirePermission } from '../../../platform/access/policy.ts';
import { chinaDay, stopClocksOf } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { validationError } from '../../../platform/errors.ts';
import { notify } from '../../../platform/notify/index.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { findUnit } from '../../org/index.ts';
import { supervisionError } from '../supervision.errors.ts';
import {
  findItemForUpdate,
  findReportForUpdate,
  type ItemRow,
  insertReport,
  type ReportRow,
  updateItem,
  updateReport,
} from '../supervision.repository.ts';
import { DEADLINE_CLOCK } from '../supervision.settings.ts';
import type { Attachment, ReportKind } from '../supervision.table.ts';
import { REPORT_KIND_LABELS } from '../supervision.vocab.ts';
import { deadlineFor, startDeadlineClock } from './deadline.ts';
import {
  audited,
  auditItem,
  itemStep,
  requireItemState,
  requireLeader,
  requireOnItem,
  subjectOf,
  text,
} from './item-common.ts';

const link = (id: string) => `/admin/supervision/items/${id}`;

export interface ReportInput {
  kind: ReportKind;
  progress: string;
  /** 完成百分比 0–100. */
  percent?: number | null;
  /** The value reached against the target, in the target's unit. */
  reachedValue?: number | null;
  valueUnit?: string | null;
  /** 存在问题和风险: required; "无" only when written. */
  problems?: string | null;
  nextSteps?: string;
  attachments?: Attachment[];
  /** 办结申请: the result (办理结果). */
  result?: string;
}

/** What a report says, checked: the fields named in Chinese when wrong. */
function checkReport(row: ItemRow, input: ReportInput) {
  const progress = text(input.progress);
  const label = input.kind === 'completion' ? '办理情况' : '工作进展';
  if (progress.length < 5) throw validationError('progress', `请填写${label}（至少 5 个字）`);
  if (progress.length > 5000) throw validationError('progress', `${label}最多 5000 个字`);
  if (input.problems === undefined || input.problems === null || !text(input.problems))
    throw validationError(
      'problems',
      '请填写存在的问题和风险；确实没有的，请明确填写“无”（督查报告要报问题，不只报成绩）',
    );
  const problems = text(input.problems);
  if (problems.length > 3000) throw validationError('problems', '存在的问题和风险最多 3000 个字');
  if (input.percent !== undefined && input.percent !== null) {
    if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100)
      throw validationError('percent', `完成百分比应为 0 到 100 之间的整数（收到 ${input.percent}）`);
  }
  let reachedValue: number | null = null;
  if (input.reachedValue !== undefined && input.reachedValue !== null) {
    if (!row.targetUnit)
      throw validationError('reachedValue', '该事项没有量化目标，请填写完成百分比而不是完成数值');
    const unit = text(input.valueUnit);
    if (unit !== row.targetUnit)
      throw validationError(
        'valueUnit',
        `目标的计量单位是“${row.targetUnit}”，完成数值应按“${row.targetUnit}”填报（收到“${unit || '未填'}”）`,
      );
    if (!Number.isFinite(input.reachedValue) || input.reachedValue < 0)
      throw validationError('reachedValue', '完成数值应为不小于 0 的数');
    reachedValue = input.reachedValue;
  }
  let percent = input.percent ?? null;
  if (percent === null && reachedValue !== null && row.targetValue)
    percent = Math.min(100, Math.round((reachedValue / row.targetValue) * 100));
  const result = text(input.result);
  if (input.kind === 'completion' && result.length < 5)
    throw validationError('result', '申请办结须写明办理结果（至少 5 个字）');
  if ((input.attachments ?? []).length > 20) throw validationError('attachments', '附件最多 20 个');
  return {
    progress,
    problems,
    percent,
    reachedValue,
    result,
    nextSteps: text(input.nextSteps).slice(0, 3000),
  };
}

/** 报送: progress (lead unit), completion (lead unit, proposes closure), contribution (co-unit). */
export async function submitReport(ctx: Ctx, itemId: string, input: ReportInput): Promise<ReportRow> {
  const action =
    input.kind === 'completion' ? 'supervision.item.propose_closure' : 'supervision.report.submit';
  return audited(ctx, action, itemId, async () => {
    requirePermission(ctx.actor, 'supervision:report');
    return inTransaction(ctx, async (tx) => {
      const row = await findItemForUpdate(tx.db, itemId);
      if (!row) throw supervisionError('SUPERVISION_ITEM_NOT_FOUND');
      requireItemState(row, ['handling'], input.kind === 'completion' ? '申请办结' : '报送情况');
      await requireOnItem(tx, row, input.kind === 'contribution' ? ['co', 'lead'] : ['lead']);
      const r = checkReport(row, input);
      const unitId = tx.actor.unitId ?? row.leadUnitId;
      if (!unitId) throw supervisionError('SUPERVISION_NOT_ON_ITEM');
      const unitName =
        unitId === row.leadUnitId ? row.leadUnitName : ((await findUnit(tx.db, unitId))?.name ?? '');
      const report = await insertReport(tx.db, {
        itemId,
        kind: input.kind,
        unitId,
        unitName,
        progress: r.progress,
        reachedValue: r.reachedValue,
        percent: r.percent,
        problems: r.problems,
        nextSteps: r.nextSteps,
        attachments: input.attachments ?? [],
        submittedBy: tx.actor.id,
        submittedByName: tx.actor.displayName,
        submittedAt: tx.now,
      });
      const patch: Partial<ItemRow> = { updatedAt: tx.now };
      if (input.kind !== 'contribution') {
        if (r.percent !== null) patch.percent = r.percent;
        if (r.reachedValue !== null) patch.reachedValue = r.reachedValue;
      }
      if (input.kind === 'completion') {
        patch.status = 'closure_review';
        patch.result = r.result;
      }
      await updateItem(tx.db, itemId, patch);
      await appendEvent(tx, subjectOf(itemId), {
        kind: `report.${input.kind}`,
        text: `${report.unitName}报送${REPORT_KIND_LABELS[input.kind]}`,
        note: [
          r.percent !== null ? `完成${r.percent}%` : '',
          r.reachedValue !== null ? `已完成${r.reachedValue}${row.targetUnit}` : '',
          `问题和风险：${r.problems}`,
        ]
          .filter(Boolean)
          .join('；'),
        data: { reportId: report.id },
      });
      await auditItem(tx, action, itemId, { reportId: report.id, kind: input.kind });
      return report;
    });
  });
}

/** 审核报告: the office accepts, or returns with comments (counted; a closure goes back to handling). */
export async function reviewReport(
  ctx: Ctx,
  reportId: string,
  input: { decision: 'accept' | 'return'; comment?: string; publicNote?: string },
): Promise<ReportRow> {
  return audited(ctx, 'supervision.report.review', reportId, async () => {
    requirePermission(ctx.actor, 'supervision:manage');
    const comment = text(input.comment);
    if (input.decision !== 'accept' && input.decision !== 'return')
      throw validationError('decision', '请选择采纳或退回');
    if (input.decision === 'return' && comment.length < 5)
      throw validationError('comment', '退回须写明退回意见（至少 5 个字），说明需要补充或修改什么');
    return inTransaction(ctx, async (tx) => {
      const report = await findReportForUpdate(tx.db, reportId);
      if (!report) throw supervisionError('SUPERVISION_REPORT_NOT_FOUND');
      if (report.status !== 'submitted') throw supervisionError('SUPERVISION_REPORT_REVIEWED');
      const row = await findItemForUpdate(tx.db, report.itemId);
      if (!row) throw supervisionError('SUPERVISION_ITEM_NOT_FOUND');
      const returned = input.decision === 'return';
      const patch: Partial<ItemRow> = { updatedAt: tx.now };
      if (returned) patch.returnedCount = row.returnedCount + 1;
      if (report.kind === 'completion') {
        requireItemState(row, ['closure_review'], returned ? '退回办结申请' : '审核办结');
        patch.status = returned ? 'handling' : 'signoff';
        if (returned) patch.result = '';
      }
      const out = await updateReport(tx.db, reportId, {
        status: returned ? 'returned' : 'accepted',
        reviewComment: comment,
        publicNote: returned ? '' : text(input.publicNote).slice(0, 1000),
        reviewedBy: tx.actor.id,
        reviewedAt: tx.now,
      });
      await updateItem(tx.db, row.id, patch);
      const what = REPORT_KIND_LABELS[report.kind];
      await appendEvent(tx, subjectOf(row.id), {
        kind: returned ? 'report.returned' : 'report.accepted',
        text: returned
          ? `督查室退回${report.unitName}的${what}`
          : report.kind === 'completion'
            ? '督查室审核通过办结申请，报分管厅领导签批'
            : `督查室采纳${report.unitName}的${what}`,
        note: comment || null,
        data: { reportId },
      });
      if (returned)
        await notify(tx, {
          unitId: report.unitId,
          title: `${what}被退回：${row.number}`,
          body: `退回意见：${comment}`,
          link: link(row.id),
          category: 'supervision',
        });
      else if (report.kind === 'completion' && row.leaderInChargeId)
        await notify(tx, {
          accountIds: await accountIdsOfPeople(tx.db, [row.leaderInChargeId]),
          title: `待签批办结：${row.number}`,
          body: `「${row.title}」办结申请已经督查室审核，请签批。`,
          link: link(row.id),
          category: 'supervision',
        });
      await recordReviewAudit(tx, row.id, reportId, input.decision);
      return out;
    });
  });
}

async function recordReviewAudit(tx: Ctx, itemId: string, reportId: string, decision: string) {
  await auditItem(tx, 'supervision.report.review', itemId, { reportId, decision });
}

/** 签批办结: the leader in charge signs off; the clock stops, the result goes back (果必报). */
export async function signOffItem(ctx: Ctx, id: string, input: { comment?: string }): Promise<ItemRow> {
  return audited(ctx, 'supervision.item.signoff', id, async () => {
    requirePermission(ctx.actor, 'supervision:lead');
    return itemStep(ctx, id, ['signoff'], '签批办结', async (tx, row) => {
      await requireLeader(tx, row, false);
      const comment = text(input.comment).slice(0, 2000);
      const onTime = !row.dueDay || chinaDay(tx.now) <= row.dueDay;
      await stopClocksOf(tx, subjectOf(id), { kinds: [DEADLINE_CLOCK.kind], reason: '已办结' });
      await appendEvent(
        tx,
        subjectOf(id),
        {
          kind: 'signed_off',
          text: `分管厅领导${row.leaderInChargeName}签批办结`,
          note: comment || null,
        },
        {
          kind: 'closed',
          text: onTime ? '已办结（按期）' : '已办结（逾期）',
          note: `办理结果：${row.result}`,
        },
      );
      const back = [row.instructingLeaderId, row.leaderInChargeId].filter((x): x is string => Boolean(x));
      const accounts = await accountIdsOfPeople(tx.db, [...new Set(back)]);
      if (accounts.length)
        await notify(tx, {
          accountIds: accounts,
          title: `办理结果：${row.number}`,
          body: `「${row.title}」已办结。办理结果：${row.result}。办理情况报告（Word）可在事项页面下载。`,
          link: link(id),
          category: 'supervision',
        });
      if (row.instructingLeaderName)
        await appendEvent(tx, subjectOf(id), {
          kind: 'reported_back',
          text: `办理结果已报送批示领导${row.instructingLeaderName}`,
          note: '办理情况报告（Word）可在本页下载',
        });
      await auditItem(tx, 'supervision.item.signoff', id, { onTime });
      return { status: 'closed', closedAt: tx.now, closedOnTime: onTime };
    });
  });
}

/** 重新办理: a closed item reopened with a reason; a new deadline from today. */
export async function reopenItem(ctx: Ctx, id: string, input: { reason?: string }): Promise<ItemRow> {
  return audited(ctx, 'supervision.item.reopen', id, async () => {
    requirePermission(ctx.actor, 'supervision:manage');
    const reason = text(input.reason);
    if (reason.length < 5) throw validationError('reason', '重新办理须写明理由（至少 5 个字）');
    return itemStep(ctx, id, ['closed'], '重新办理', async (tx, row) => {
      const deadline = await deadlineFor(tx, { startDay: chinaDay(tx.now), urgency: row.urgency });
      const clock = await startDeadlineClock(tx, row, deadline, row.leadUnitId);
      const dueDay = clock.dueAt ? chinaDay(clock.dueAt) : null;
      await appendEvent(tx, subjectOf(id), {
        kind: 'reopened',
        text: '重新办理',
        note: `理由：${reason}。新的办理期限：${dueDay ?? '未能计算'}（${deadline.rule}）`,
      });
      if (row.leadUnitId)
        await notify(tx, {
          unitId: row.leadUnitId,
          title: `督办事项重新办理：${row.number}`,
          body: `理由：${reason}。请于${dueDay ?? '期限内'}前办结。`,
          link: link(id),
          category: 'supervision',
        });
      await auditItem(tx, 'supervision.item.reopen', id, { reason });
      return {
        status: 'handling',
        closedAt: null,
        closedOnTime: null,
        result: '',
        escalation: 0,
        reopenedCount: row.reopenedCount + 1,
        dueDay,
        dueRule: deadline.rule,
        clockId: clock.id,
      };
    });
  });
}

/** 领导批示意见: a leader comments or instructs on an item; the units are told. */
export async function commentItem(ctx: Ctx, id: string, input: { text?: string }): Promise<ItemRow> {
  return audited(ctx, 'supervision.item.comment', id, async () => {
    requirePermission(ctx.actor, 'supervision:lead');
    const words = text(input.text);
    if (words.length < 2) throw validationError('text', '请填写批示意见');
    if (words.length > 2000) throw validationError('text', '批示意见最多 2000 个字');
    return inTransaction(ctx, async (tx) => {
      const row = await findItemForUpdate(tx.db, id);
      if (!row) throw supervisionError('SUPERVISION_ITEM_NOT_FOUND');
      await appendEvent(tx, subjectOf(id), {
        kind: 'leader_comment',
        text: `${tx.actor.displayName}批示`,
        note: words,
      });
      if (row.leadUnitId)
        await notify(tx, {
          unitId: row.leadUnitId,
          title: `领导批示：${row.number}`,
          body: `${tx.actor.displayName}：${words}`,
          link: link(id),
          category: 'supervision',
        });
      await auditItem(tx, 'supervision.item.comment', id);
      return updateItem(tx.db, id, { updatedAt: tx.now });
    });
  });
}
