// 重点工作公开 (issue 16, Must 9): the key tasks the department chooses to publish, read straight from
// the supervision records — never a separate copy. The office publishes or withdraws an item (a
// staff action, on its timeline and audited); the public sees, per item, its target, the lead unit
// (a unit, never a person), a public status, the percentage and only the progress notes the office
// marked for publication when it accepted a report. Nothing else of the item goes out: no
// instruction text, no problems field, no leaders' or officers' names, no internal comments.
import { requirePermission } from '../../../platform/access/policy.ts';
import { chinaDay } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { validationError } from '../../../platform/errors.ts';
import { appendEvent } from '../../../platform/timeline/index.ts';
import { audited, auditItem, itemStep, OPEN_STATUSES, subjectOf } from '../items/item-common.ts';
import { targetText } from '../items/read-items.ts';
import { type ItemRow, publicNotesOf, publishedItemRows } from '../supervision.repository.ts';

/** 公开 / 撤回公开: the office chooses which items the public page shows. */
export async function publishItem(ctx: Ctx, id: string, input: { published?: boolean }): Promise<ItemRow> {
  return audited(ctx, 'supervision.item.publish', id, async () => {
    requirePermission(ctx.actor, 'supervision:manage');
    if (typeof input.published !== 'boolean') throw validationError('published', '请选择公开或撤回公开');
    const published = input.published;
    return itemStep(
      ctx,
      id,
      [...OPEN_STATUSES, 'closed'],
      published ? '公开' : '撤回公开',
      async (tx, row) => {
        if (row.published === published)
          throw validationError('published', published ? '该事项已在网站公开' : '该事项没有在网站公开');
        await appendEvent(tx, subjectOf(id), {
          kind: published ? 'published' : 'unpublished',
          text: published ? '在网站“重点工作”栏目公开' : '撤回网站公开',
          note: published ? '公开目标、牵头单位、状态、完成进度和标记为公开的进展说明' : '网站不再显示该事项',
        });
        await auditItem(tx, 'supervision.item.publish', id, { published });
        return { published };
      },
    );
  });
}

export interface PublicTask {
  id: string;
  title: string;
  year: number;
  target: string | null;
  leadUnit: string;
  status: string;
  done: boolean;
  percent: number;
  /** How a task's percentage was reached when its sub-tasks give it (它没有自己的进展报告). */
  percentBasis: string | null;
  dueDay: string | null;
  notes: Array<{ day: string; text: string }>;
  subtasks: PublicTask[];
}

const publicStatus = (row: ItemRow) =>
  row.status === 'closed' ? '已完成' : row.status === 'registered' ? '部署中' : '推进中';

/**
 * The published items as the public page shows them: each published item whose parent is not
 * published heads its own entry, with its published sub-tasks under it.
 */
export async function publicKeyTasks(ctx: Ctx): Promise<PublicTask[]> {
  const rows = await publishedItemRows(ctx.db);
  const notes = await publicNotesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const present = (row: ItemRow): PublicTask => ({
    id: row.id,
    title: row.title,
    year: row.year,
    target: targetText(row),
    leadUnit: row.leadUnitName,
    status: publicStatus(row),
    done: row.status === 'closed',
    percent: row.percent,
    percentBasis: null,
    dueDay: row.dueDay,
    notes: notes.filter((n) => n.itemId === row.id).map((n) => ({ day: chinaDay(n.at), text: n.note })),
    subtasks: [],
  });
  const byId = new Map(rows.map((r) => [r.id, present(r)]));
  const heads: PublicTask[] = [];
  for (const r of rows) {
    const task = byId.get(r.id) as PublicTask;
    const parent = r.parentId ? byId.get(r.parentId) : undefined;
    if (parent) parent.subtasks.push(task);
    else heads.push(task);
  }
  for (const head of heads) rollUp(head, rows.find((r) => r.id === head.id) as ItemRow, rows);
  return heads;
}

/**
 * A task with sub-tasks and no progress of its own shows theirs: against its own target when they
 * count in its unit (南阳 16.2 + 洛阳 15 + … 万亩 of 120 万亩), otherwise their average percentage.
 */
function rollUp(head: PublicTask, row: ItemRow, rows: ItemRow[]): void {
  if (!head.subtasks.length || row.percent > 0 || row.reachedValue !== null || head.done) return;
  const subs = head.subtasks.map((s) => rows.find((r) => r.id === s.id) as ItemRow);
  if (row.targetValue && subs.every((s) => s.targetUnit === row.targetUnit)) {
    const reached = Math.round(subs.reduce((sum, s) => sum + (s.reachedValue ?? 0), 0) * 100) / 100;
    head.percent = Math.min(100, Math.round((reached / row.targetValue) * 100));
    head.percentBasis = `已公开的分解任务合计完成${reached}${row.targetUnit}`;
  } else {
    head.percent = Math.round(subs.reduce((sum, s) => sum + s.percent, 0) / subs.length);
    head.percentBasis = '已公开的分解任务完成进度的平均值';
  }
}
