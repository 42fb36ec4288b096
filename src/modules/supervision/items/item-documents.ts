// An item's documents (GB/T 9704 公文 on the platform's documents kernel, like the circular and
// info's bulletins): the 督查通知 that announces an assigned task to its units — what is asked, by
// whom, the division of work, the deadline and how to report — and, once the item is closed, the
// 办理情况报告 that goes back to the leader who instructed (果必报): how it was handled, the result,
// the problems left, when and whether on time. Both are built from the item's own records on
// request (never stored copies), for anyone who may read the item.
import { chinaDay, formatDayShort } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { type Block, renderDocx } from '../../../platform/documents/index.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { listEvents } from '../../../platform/timeline/index.ts';
import { findUnitsByIds } from '../../org/index.ts';
import { reportsOfItem, unitsOfItem } from '../supervision.repository.ts';
import { ISSUER } from '../supervision.settings.ts';
import { CYCLE_LABELS, SOURCE_LABELS } from '../supervision.vocab.ts';
import { ITEM_SUBJECT, requireItemState } from './item-common.ts';
import { readableItem, targetText } from './read-items.ts';

export interface ItemDocument {
  fileName: string;
  data: Buffer;
}

/** The item's text split into paragraphs. */
const paragraphs = (text: string): string[] =>
  text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);

async function unitNames(ctx: Ctx, itemId: string) {
  const units = await unitsOfItem(ctx.db, itemId);
  const rows = await findUnitsByIds(
    ctx.db,
    units.map((u) => u.unitId),
  );
  const name = (id: string) => rows.find((r) => r.id === id)?.name ?? '';
  return {
    lead: units.filter((u) => u.role === 'lead').map((u) => name(u.unitId)),
    co: units.filter((u) => u.role === 'co').map((u) => name(u.unitId)),
  };
}

/** 督查通知: the task announced to its lead and co-units, dated the day it was (last) assigned. */
export async function noticeDocx(ctx: Ctx, id: string): Promise<ItemDocument> {
  const row = await readableItem(ctx, id);
  requireItemState(row, ['handling', 'closure_review', 'signoff', 'closed'], '生成督查通知（尚未交办）');
  const issuer = await getSetting(ctx, ISSUER);
  const { lead, co } = await unitNames(ctx, id);
  const events = await listEvents(ctx, { type: ITEM_SUBJECT, id });
  const assigned = events.filter((e) => e.kind === 'assigned').at(-1);
  const date = assigned ? chinaDay(assigned.at) : row.registeredDay;
  const target = targetText(row);
  const from = [
    row.instructingLeaderName ? `${row.instructingLeaderName}同志批示` : '',
    row.sourceDoc ? `《${row.sourceDoc.replace(/^《|》$/g, '')}》` : '',
  ]
    .filter(Boolean)
    .join('、');
  const body: Block[] = [
    `根据${from || SOURCE_LABELS[row.source]}，现将“${row.title}”列为督办事项（${row.number}），请认真抓好落实。有关事项通知如下：`,
    { level: 1, heading: '一、督办事项' },
    ...(row.sourceText ? paragraphs(row.sourceText) : [row.title]),
    `事项来源：${SOURCE_LABELS[row.source]}${row.sourceDoc ? `（${row.sourceDoc}）` : ''}。`,
    ...(target ? [`量化目标：${target}。`] : []),
    { level: 1, heading: '二、责任分工' },
    `牵头单位：${lead.join('、') || row.leadUnitName}。`,
    `协办单位：${co.length ? co.join('、') : '无'}。`,
    `分管厅领导：${row.leaderInChargeName || '（未设置分管）'}。`,
    ...(row.responsiblePerson ? [`责任人：${row.responsiblePerson}。`] : []),
    ...(row.milestones.length
      ? [
          { level: 2 as const, heading: '（一）工作节点' },
          {
            table: {
              columns: [
                { header: '序号', weight: 0.6, align: 'center' as const },
                { header: '节点', weight: 3 },
                { header: '完成时间', weight: 1.4 },
              ],
              rows: row.milestones.map((m, i) => [String(i + 1), m.title, m.dueDay]),
            },
          },
        ]
      : []),
    { level: 1, heading: '三、办理时限' },
    `请于${row.dueDay ? formatDayShort(row.dueDay, true) : '规定期限'}前办结。${row.dueRule ? `（${row.dueRule}）` : ''}`,
    row.reportCycle === 'none'
      ? '办理过程中有重要进展的，请及时报送进展情况。'
      : `办理期间请${CYCLE_LABELS[row.reportCycle]}进展情况。`,
    { level: 1, heading: '四、有关要求' },
    '牵头单位要明确责任人，制定工作方案，按时报送进展情况；报送时如实写明存在的问题和风险，没有的明确写“无”。协办单位要主动配合，及时向牵头单位报送协办情况。',
    '确需延期的，牵头单位应当在办理期限届满前提出延期申请，写明理由和延期至的日期，报分管厅领导审批。办结后，牵头单位报送办理结果和佐证材料，经督查室审核、分管厅领导签批后办结，办理结果报送批示领导。',
  ];
  const data = await renderDocx({
    layout: 'official',
    issuer,
    number: row.number,
    title: `关于督办“${row.title}”的通知`,
    addressee: [...lead, ...co].join('、') || row.leadUnitName,
    body,
    signature: issuer,
    date,
    note: '此件不公开',
    copyTo: row.leaderInChargeName ? [`分管厅领导${row.leaderInChargeName}`] : undefined,
    printer: issuer,
    printedOn: date,
  });
  return { fileName: `督查通知（${row.number}）.docx`, data };
}

/** 办理情况报告: the result back to the instructing leader, once the item is closed (果必报). */
export async function reportBackDocx(ctx: Ctx, id: string): Promise<ItemDocument> {
  const row = await readableItem(ctx, id);
  requireItemState(row, ['closed'], '生成办理情况报告（尚未办结）');
  const issuer = await getSetting(ctx, ISSUER);
  const { lead, co } = await unitNames(ctx, id);
  const reports = await reportsOfItem(ctx.db, id);
  const completion = reports.find((r) => r.kind === 'completion' && r.status === 'accepted');
  const closedDay = row.closedAt ? chinaDay(row.closedAt) : chinaDay(ctx.now);
  const to = row.instructingLeaderName || row.leaderInChargeName;
  const asked = row.sourceText
    ? `${row.instructingLeaderName ? `${row.instructingLeaderName}同志批示` : '交办要求'}：“${row.sourceText.replace(/\s+/g, '')}”`
    : `交办事项：“${row.title}”`;
  const body: Block[] = [
    `${asked}${/[。！？]”$/.test(asked) ? '' : '。'}按照要求，${issuer}于${formatDayShort(row.registeredDay, true)}立项督办（${row.number}），交${lead.join('、') || row.leadUnitName}牵头办理${co.length ? `，${co.join('、')}协办` : ''}，分管厅领导${row.leaderInChargeName || '（未设置分管）'}。现将办理情况报告如下：`,
    { level: 1, heading: '一、办理情况' },
    ...(completion ? paragraphs(completion.progress) : ['（牵头单位未报送办理情况）']),
    ...(row.targetValue !== null
      ? [`目标任务${targetText(row)}，已完成${row.reachedValue ?? 0}${row.targetUnit}，完成${row.percent}%。`]
      : []),
    { level: 1, heading: '二、办理结果' },
    ...paragraphs(row.result),
    { level: 1, heading: '三、存在的问题和下一步工作' },
    `存在的问题和风险：${completion?.problems ?? '未报送'}。`,
    ...(completion?.nextSteps ? [`下一步工作：${completion.nextSteps}`] : []),
    { level: 1, heading: '四、办结情况' },
    `该事项经督查室审核、分管厅领导签批，于${formatDayShort(closedDay, true)}办结，办理期限${row.dueDay ? formatDayShort(row.dueDay, true) : '未定'}，${row.closedOnTime === false ? '逾期办结' : '按期办结'}${row.extensionCount ? `（期间经分管厅领导批准延期${row.extensionCount}次）` : ''}${row.returnedCount ? `；办理中报告被督查室退回${row.returnedCount}次` : ''}${row.reopenedCount ? `；曾重新办理${row.reopenedCount}次` : ''}。`,
    '特此报告。',
  ];
  const data = await renderDocx({
    layout: 'official',
    issuer,
    number: row.number,
    title: `关于“${row.title}”办理情况的报告`,
    addressee: to ? `${to}同志` : undefined,
    body,
    signature: issuer,
    date: closedDay,
    sealed: false,
    note: '此件不公开',
    printer: issuer,
    printedOn: closedDay,
  });
  return { fileName: `办理情况报告（${row.number}）.docx`, data };
}
