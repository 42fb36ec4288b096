// 立项与交办: the office registers an item (one per matter, numbered 督字〔2026〕17号, likely
// duplicates flagged), and assigns it — lead unit, co-units, the leader in charge (分管厅领导, from
// org's 分管 data), a responsible person, milestones and the deadline on the platform clock.
// Registering with a lead unit assigns in the same step.
import { requirePermission } from '../../../platform/access/policy.ts';
import { addDays, chinaDay, isValidDay, stopClocksOf } from '../../../platform/calendar/index.ts';
import { type Ctx, inTransaction } from '../../../platform/context.ts';
import { takeNumber } from '../../../platform/documents/index.ts';
import { validationError } from '../../../platform/errors.ts';
import { notify } from '../../../platform/notify/index.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { findUnitsByIds, leadersInCharge, listLeaderRows } from '../../org/index.ts';
import {
  duplicateCandidates,
  findItem,
  type ItemRow,
  insertItem,
  replaceItemUnits,
  updateItem,
} from '../supervision.repository.ts';
import { DEADLINE_CLOCK } from '../supervision.settings.ts';
import {
  type Attachment,
  ITEM_SOURCES,
  type ItemSource,
  type Milestone,
  REPORT_CYCLES,
  type ReportCycle,
  URGENCIES,
  type Urgency,
} from '../supervision.table.ts';
import { SOURCE_LABELS } from '../supervision.vocab.ts';
import { deadlineFor, startDeadlineClock } from './deadline.ts';
import { audited, auditItem, ITEM_SERIES, itemStep, subjectOf, text } from './item-common.ts';

export interface AssignInput {
  leadUnitId: string;
  coUnitIds?: string[];
  responsiblePerson?: string;
  /** The leader's own date (YYYY-MM-DD); omitted: the default of the item's urgency. */
  dueDay?: string | null;
  milestones?: Array<{ title: string; dueDay: string }>;
  reportCycle?: ReportCycle;
}

export interface RegisterInput extends Partial<AssignInput> {
  source: ItemSource;
  title: string;
  sourceDoc?: string;
  sourceText?: string;
  sourceFile?: Attachment | null;
  instructingLeaderId?: string | null;
  urgency?: Urgency;
  parentId?: string | null;
  target?: { label: string; value: number; unit: string } | null;
  published?: boolean;
  bulletinId?: string | null;
  /** When no leader of org matches (an instruction from outside the department): the name as written. */
  instructingLeaderName?: string;
  /** A line on the registration event: where the item came from. */
  origin?: string;
}

export interface Duplicate {
  id: string;
  number: string;
  title: string;
  why: string;
}

// ---- duplicates (一事一项) ----

function bigrams(s: string): Set<string> {
  const t = s.replace(/[\s，。、；：“”（）()《》〔〕\-—·,.;:'"!！?？]/g, '');
  const out = new Set<string>();
  for (let i = 0; i < t.length - 1; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Dice coefficient of two titles' character bigrams (0..1). */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

/** Open items that may be the same matter: same source document, or a title 60% alike. */
export async function findDuplicates(
  ctx: Ctx,
  input: { title: string; sourceDoc: string; excludeId?: string },
): Promise<Duplicate[]> {
  const sinceDay = addDays(chinaDay(ctx.now), -365);
  const rows = await duplicateCandidates(ctx.db, { sourceDoc: input.sourceDoc, sinceDay });
  const out: Duplicate[] = [];
  for (const r of rows) {
    if (r.id === input.excludeId) continue;
    if (input.sourceDoc && r.sourceDoc === input.sourceDoc)
      out.push({ id: r.id, number: r.number, title: r.title, why: `来源文件相同（${r.sourceDoc}）` });
    else {
      const sim = titleSimilarity(input.title, r.title);
      if (sim >= 0.6)
        out.push({
          id: r.id,
          number: r.number,
          title: r.title,
          why: `标题相近（相似度${Math.round(sim * 100)}%）`,
        });
    }
  }
  return out.slice(0, 10);
}

// ---- validation ----

function checkMilestones(list: AssignInput['milestones'], startDay: string): Milestone[] {
  const out: Milestone[] = [];
  for (const [i, m] of (list ?? []).entries()) {
    const title = text(m.title);
    if (!title) throw validationError(`milestones.${i}.title`, `第${i + 1}个节点：请填写节点内容`);
    if (!isValidDay(m.dueDay))
      throw validationError(`milestones.${i}.dueDay`, `第${i + 1}个节点：时间应为有效日期`);
    if (m.dueDay < startDay)
      throw validationError(
        `milestones.${i}.dueDay`,
        `第${i + 1}个节点：时间不能早于立项日期（${startDay}）`,
      );
    out.push({ title, dueDay: m.dueDay, done: false });
  }
  return out;
}

// ---- assignment (交办) ----

/** Writes the assignment of a locked item in tx: units, leader in charge, deadline clock. */
async function writeAssignment(tx: Ctx, row: ItemRow, input: AssignInput): Promise<Partial<ItemRow>> {
  const startDay = chinaDay(tx.now);
  const coUnitIds = [...new Set(input.coUnitIds ?? [])].filter((u) => u !== input.leadUnitId);
  const unitRows = await findUnitsByIds(tx.db, [input.leadUnitId, ...coUnitIds]);
  const lead = unitRows.find((u) => u.id === input.leadUnitId);
  if (!lead?.active) throw validationError('leadUnitId', '请选择存在的牵头单位');
  if (unitRows.length !== coUnitIds.length + 1)
    throw validationError('coUnitIds', '协办单位中有不存在的单位');
  if (input.dueDay && !isValidDay(input.dueDay)) throw validationError('dueDay', '办理期限应为有效日期');
  const milestones = checkMilestones(input.milestones, startDay);
  const deadline = await deadlineFor(tx, { startDay, urgency: row.urgency, dueDay: input.dueDay });
  const leaders = await leadersInCharge(tx.db, lead.id);
  const leader = leaders[0] ?? null;

  await replaceItemUnits(tx.db, row.id, [
    { unitId: lead.id, unitPath: lead.path, role: 'lead' },
    ...unitRows
      .filter((u) => u.id !== lead.id)
      .map((u) => ({ unitId: u.id, unitPath: u.path, role: 'co' as const })),
  ]);
  await stopClocksOf(tx, subjectOf(row.id), { kinds: [DEADLINE_CLOCK.kind], reason: '重新交办' });
  const clock = await startDeadlineClock(tx, row, deadline, lead.id);
  const dueDay = clock.dueAt ? chinaDay(clock.dueAt) : null;
  const coNames = unitRows.filter((u) => u.id !== lead.id).map((u) => u.name);
  await appendEvent(tx, subjectOf(row.id), {
    kind: 'assigned',
    text: `交办${lead.name}牵头办理${coNames.length ? `，${coNames.join('、')}协办` : ''}`,
    note: `分管厅领导：${leader?.name ?? '（未设置分管）'}；办理期限：${dueDay ?? '未能计算'}${clock.provisional ? '（暂定）' : ''}。${deadline.rule}。`,
    data: { leadUnitId: lead.id, coUnitIds, dueDay, rule: deadline.rule },
  });
  await notify(tx, {
    unitId: lead.id,
    title: `督办事项交办：${row.number}`,
    body: `「${row.title}」交由你单位牵头办理，请于${dueDay ?? '期限内'}前办结并报送办理情况。`,
    link: `/admin/supervision/items/${row.id}`,
    category: 'supervision',
  });
  for (const co of unitRows.filter((u) => u.id !== lead.id))
    await notify(tx, {
      unitId: co.id,
      title: `督办事项协办：${row.number}`,
      body: `「${row.title}」由${lead.name}牵头，你单位协办，请及时向牵头单位报送协办情况。`,
      link: `/admin/supervision/items/${row.id}`,
      category: 'supervision',
    });
  return {
    status: 'handling',
    leadUnitId: lead.id,
    leadUnitName: lead.name,
    leaderInChargeId: leader?.id ?? null,
    leaderInChargeName: leader?.name ?? '',
    responsiblePerson: text(input.responsiblePerson).slice(0, 60),
    milestones,
    reportCycle: input.reportCycle ?? row.reportCycle,
    dueDay,
    dueRule: deadline.rule,
    clockId: clock.id,
  };
}

/** 交办 (or 重新交办 while handling): the units, the leader in charge and the deadline. */
export async function assignItem(ctx: Ctx, id: string, input: AssignInput): Promise<ItemRow> {
  return audited(ctx, 'supervision.item.assign', id, async () => {
    requirePermission(ctx.actor, 'supervision:manage');
    if (input.reportCycle && !REPORT_CYCLES.includes(input.reportCycle))
      throw validationError('reportCycle', '报送周期应为不定期、每月或每季度');
    return itemStep(ctx, id, ['registered', 'handling'], '交办', async (tx, row) => {
      const patch = await writeAssignment(tx, row, input);
      await auditItem(tx, 'supervision.item.assign', id, { leadUnitId: input.leadUnitId });
      return patch;
    });
  });
}

// ---- registration (立项) ----

export async function registerItem(
  ctx: Ctx,
  input: RegisterInput,
  options: { authorized?: boolean } = {},
): Promise<{ item: ItemRow; duplicates: Duplicate[] }> {
  return audited(ctx, 'supervision.item.register', null, async () => {
    // A listener of another module's event (a leader's instruction on a bulletin) registers as a
    // consequence of that module's own authorized step, in its transaction.
    if (!options.authorized) requirePermission(ctx.actor, 'supervision:manage');
    const title = text(input.title);
    if (title.length < 4) throw validationError('title', '请填写事项名称（至少 4 个字）');
    if (title.length > 200) throw validationError('title', '事项名称最多 200 个字');
    if (!ITEM_SOURCES.includes(input.source)) throw validationError('source', '请选择事项来源');
    const urgency = input.urgency ?? 'ordinary';
    if (!URGENCIES.includes(urgency)) throw validationError('urgency', '缓急程度应为一般或紧急');
    const sourceDoc = text(input.sourceDoc).slice(0, 200);
    const sourceText = text(input.sourceText);
    if (sourceText.length > 10_000) throw validationError('sourceText', '批示或交办内容最多 10000 个字');
    if (input.source === 'instruction' && !sourceText)
      throw validationError('sourceText', '领导批示件请录入批示内容');
    const startDay = chinaDay(ctx.now);
    if (input.dueDay && (!isValidDay(input.dueDay) || input.dueDay <= startDay))
      throw validationError(
        'dueDay',
        isValidDay(input.dueDay)
          ? `办理期限（${input.dueDay}）应晚于立项日期（${startDay}），请核对领导明确的时限`
          : '办理期限应为有效日期',
      );
    const target = input.target ?? null;
    if (target) {
      if (!text(target.label)) throw validationError('target.label', '请填写量化目标的内容，如“完成造林”');
      if (!(typeof target.value === 'number' && Number.isFinite(target.value) && target.value > 0))
        throw validationError('target.value', '目标值应为大于 0 的数');
      if (!text(target.unit)) throw validationError('target.unit', '请填写目标的计量单位，如“万亩”');
    }
    let leaderName = input.instructingLeaderName ?? '';
    if (input.instructingLeaderId) {
      const leaders = await listLeaderRows(ctx.db);
      const l = leaders.find((p) => p.id === input.instructingLeaderId);
      if (!l) throw validationError('instructingLeaderId', '请选择局领导作为批示（交办）领导');
      leaderName = l.name;
    }
    if (input.parentId && !(await findItem(ctx.db, input.parentId)))
      throw validationError('parentId', '所属的重点工作不存在');
    const duplicates = await findDuplicates(ctx, { title, sourceDoc });

    return inTransaction(ctx, async (tx) => {
      const { number, year, serial } = await takeNumber(tx, ITEM_SERIES);
      let item = await insertItem(tx.db, {
        number,
        year,
        serial,
        source: input.source,
        parentId: input.parentId ?? null,
        title,
        sourceDoc,
        sourceText,
        sourceFile: input.sourceFile ?? null,
        instructingLeaderId: input.instructingLeaderId ?? null,
        instructingLeaderName: leaderName,
        urgency,
        targetLabel: target ? text(target.label) : '',
        targetValue: target?.value ?? null,
        targetUnit: target ? text(target.unit) : '',
        reportCycle: input.reportCycle ?? 'none',
        registeredDay: startDay,
        published: input.published ?? false,
        bulletinId: input.bulletinId ?? null,
        registeredBy: tx.actor.id,
        createdAt: tx.now,
        updatedAt: tx.now,
      });
      await appendEvent(tx, subjectOf(item.id), {
        kind: 'registered',
        text: `立项：${SOURCE_LABELS[input.source]}`,
        note: `${number}${leaderName ? `，批示领导：${leaderName}` : ''}${sourceDoc ? `，来源：${sourceDoc}` : ''}${input.origin ? `。${input.origin}` : ''}`,
        staffNote: duplicates.length
          ? `可能重复：${duplicates.map((d) => `${d.number}（${d.why}）`).join('；')}`
          : null,
        data: duplicates.length ? { duplicates } : null,
      });
      if (input.leadUnitId) {
        const patch = await writeAssignment(tx, item, {
          leadUnitId: input.leadUnitId,
          coUnitIds: input.coUnitIds,
          responsiblePerson: input.responsiblePerson,
          dueDay: input.dueDay,
          milestones: input.milestones,
          reportCycle: input.reportCycle,
        });
        item = await updateItem(tx.db, item.id, patch);
      }
      await auditItem(tx, 'supervision.item.register', item.id, {
        number,
        duplicates: duplicates.map((d) => d.number),
      });
      return { item, duplicates };
    });
  });
}
