// Use cases on the column tree (栏目): read it (any portal staff), add, change, move and remove
// columns (portal:columns). The tree is at most three levels deep; a column's path is a
// materialized path of ids, so moving one rewrites the prefix of its whole subtree.
import crypto from 'node:crypto';
import { can, requirePermission } from '../../platform/access/policy.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction } from '../../platform/context.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { bumpSiteVersion, siteChanged } from '../../site/index.ts';
import { findUnit } from '../org/index.ts';
import {
  type ColumnWithUnit,
  columnActivity,
  countArticlesIn,
  countChildColumns,
  deepestLevelUnder,
  deleteColumnRow,
  findColumn,
  findColumnByCode,
  insertColumns,
  listColumnRows,
  listSiblings,
  rewriteColumnSubtree,
  updateColumnRow,
} from './columns.repository.ts';
import { mayInColumn } from './portal.policy.ts';
import type { ColumnCategory, ColumnKind } from './portal.table.ts';

export const MAX_COLUMN_LEVEL = 3;

export const COLUMN_KIND_LABELS: Record<ColumnKind, string> = {
  list: '文章列表',
  page: '单页',
  link: '外部链接',
  module: '模块页面',
};

export const COLUMN_CATEGORY_LABELS: Record<ColumnCategory, string> = {
  news: '动态类',
  notice: '通知公告类',
  policy: '政策文件类',
  general: '其他',
};

export interface ColumnView {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  level: number;
  path: string;
  kind: ColumnKind;
  target: string | null;
  category: ColumnCategory;
  responsibleUnitId: string;
  responsibleUnitName: string;
  updateDays: number | null;
  reviewSteps: number;
  sort: number;
  visible: boolean;
  description: string | null;
  /** Articles the public sees in this column (not counting sub-columns). */
  liveArticles: number;
  lastPublishedAt: string | null;
  /** Whether the actor may write articles here (own unit's column, or a wider data scope). */
  editable: boolean;
}

const fail = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { message, errors: [{ field, message }] });

function present(
  c: ColumnWithUnit,
  ctx: Ctx,
  activity?: { live: number; lastPublishedAt: Date | null },
): ColumnView {
  return {
    id: c.id,
    parentId: c.parentId,
    code: c.code,
    name: c.name,
    level: c.level,
    path: c.path,
    kind: c.kind,
    target: c.target,
    category: c.category,
    responsibleUnitId: c.responsibleUnitId,
    responsibleUnitName: c.responsibleUnitName,
    updateDays: c.updateDays,
    reviewSteps: c.reviewSteps,
    sort: c.sort,
    visible: c.visible,
    description: c.description,
    liveArticles: activity?.live ?? 0,
    lastPublishedAt: activity?.lastPublishedAt?.toISOString() ?? null,
    editable: mayInColumn(ctx.actor, 'portal:edit', c),
  };
}

/** Portal staff: anyone holding one of the portal's permissions. */
export function requirePortalStaff(ctx: Ctx): void {
  if (!ctx.actor.id && ctx.actor.kind !== 'system') throw new AppError('UNAUTHENTICATED');
  const perms = ['portal:edit', 'portal:review', 'portal:publish', 'portal:columns'];
  if (ctx.actor.kind !== 'system' && !perms.some((p) => can(ctx.actor, p)))
    requirePermission(ctx.actor, 'portal:edit');
}

export async function listColumns(ctx: Ctx): Promise<ColumnView[]> {
  requirePortalStaff(ctx);
  const rows = await listColumnRows(ctx.db);
  const activity = await columnActivity(ctx.db);
  return sortTree(rows).map((c) => present(c, ctx, activity.get(c.id)));
}

/** Parents before their children, depth first, siblings by sort: the order of a tree view. */
export function sortTree<T extends { id: string; parentId: string | null; sort: number; code: string }>(
  rows: T[],
): T[] {
  const byParent = new Map<string | null, T[]>();
  for (const r of rows) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
  for (const list of byParent.values()) list.sort((a, b) => a.sort - b.sort || a.code.localeCompare(b.code));
  const out: T[] = [];
  const walk = (parentId: string | null) => {
    for (const r of byParent.get(parentId) ?? []) {
      out.push(r);
      walk(r.id);
    }
  };
  walk(null);
  return out;
}

export async function mustFindColumn(ctx: Ctx, id: string): Promise<ColumnWithUnit> {
  const row = await findColumn(ctx.db, id);
  if (!row) throw notFound('COLUMN_NOT_FOUND', '栏目不存在');
  return row;
}

export async function getColumn(ctx: Ctx, id: string): Promise<ColumnView> {
  requirePortalStaff(ctx);
  const row = await mustFindColumn(ctx, id);
  const activity = await columnActivity(ctx.db);
  return present(row, ctx, activity.get(row.id));
}

export interface ColumnInput {
  parentId?: string | null;
  code: string;
  name: string;
  kind: ColumnKind;
  target?: string | null;
  category?: ColumnCategory;
  responsibleUnitId: string;
  updateDays?: number | null;
  reviewSteps?: number;
  visible?: boolean;
  description?: string | null;
}

function checkTarget(kind: ColumnKind, target: string | null | undefined): string | null {
  const t = target?.trim() || null;
  if (kind === 'link') {
    if (!t) throw fail('target', '外部链接栏目须填写链接地址');
    if (!/^https?:\/\/[^\s]+$/i.test(t) && !(t.startsWith('/') && !t.startsWith('//')))
      throw fail('target', '链接地址应以 http://、https:// 或 / 开头');
    return t;
  }
  if (kind === 'module') {
    if (!t) throw fail('target', '模块页面栏目须填写模块标识（如 services、openness）');
    if (!/^[a-z][a-z0-9-]*$/.test(t)) throw fail('target', '模块标识只能包含小写字母、数字和连字符');
    return t;
  }
  return null;
}

async function checkUnit(ctx: Ctx, unitId: string): Promise<void> {
  const unit = await findUnit(ctx.db, unitId);
  if (!unit) throw fail('responsibleUnitId', '责任单位不存在');
}

/** Raises the site version and tells this instance's cache, once the change has committed. */
async function publicChange<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  const result = await inTransaction(ctx, async (tx) => {
    const out = await fn(tx);
    await bumpSiteVersion(tx);
    return out;
  });
  siteChanged(ctx);
  await onColumnsChanged(ctx);
  return result;
}

type ColumnsListener = (ctx: Ctx) => void | Promise<void>;
const columnListeners: ColumnsListener[] = [];

/**
 * Called after the column tree changed (the site rebuilds its tree and navigation); the use case
 * waits for the listeners, so the very next page shows the change.
 */
export function onColumnsChange(listener: ColumnsListener): void {
  columnListeners.push(listener);
}

async function onColumnsChanged(ctx: Ctx): Promise<void> {
  for (const l of columnListeners) await Promise.resolve(l(ctx)).catch(() => undefined);
}

export async function addColumn(ctx: Ctx, input: ColumnInput): Promise<ColumnView> {
  requirePermission(ctx.actor, 'portal:columns');
  const code = input.code.trim();
  const name = input.name.trim();
  if (!name) throw fail('name', '栏目名称不能为空');
  const target = checkTarget(input.kind, input.target);
  await checkUnit(ctx, input.responsibleUnitId);
  if (await findColumnByCode(ctx.db, code))
    throw new AppError('CONFLICT', {
      message: `栏目代码 ${code} 已被使用`,
      errors: [{ field: 'code', message: '栏目代码已被使用' }],
    });
  const parent = input.parentId ? await findColumn(ctx.db, input.parentId) : null;
  if (input.parentId && !parent) throw fail('parentId', '上级栏目不存在');
  if (parent && parent.level >= MAX_COLUMN_LEVEL)
    throw fail('parentId', `栏目最多 ${MAX_COLUMN_LEVEL} 级，不能在三级栏目下再建栏目`);
  const siblings = await listSiblings(ctx.db, parent?.id ?? null);
  const id = crypto.randomUUID();
  await publicChange(ctx, async (tx) => {
    await insertColumns(tx.db, [
      {
        id,
        parentId: parent?.id ?? null,
        code,
        name,
        level: (parent?.level ?? 0) + 1,
        path: `${parent?.path ?? '/'}${id}/`,
        kind: input.kind,
        target,
        category: input.category ?? 'general',
        responsibleUnitId: input.responsibleUnitId,
        updateDays: input.updateDays ?? null,
        reviewSteps: input.reviewSteps ?? 1,
        sort: (siblings.at(-1)?.sort ?? 0) + 10,
        visible: input.visible ?? true,
        description: input.description?.trim() || null,
        createdAt: tx.now,
        updatedAt: tx.now,
      },
    ]);
    await recordAudit(tx, {
      action: 'portal.column.create',
      objectType: 'portal_column',
      objectId: id,
      detail: { code, name },
    });
  });
  return getColumn(ctx, id);
}

export type ColumnPatch = Partial<Omit<ColumnInput, 'parentId' | 'code'>> & { code?: string };

export async function updateColumn(ctx: Ctx, id: string, patch: ColumnPatch): Promise<ColumnView> {
  requirePermission(ctx.actor, 'portal:columns');
  const row = await mustFindColumn(ctx, id);
  const kind = patch.kind ?? row.kind;
  const target = checkTarget(kind, patch.target !== undefined ? patch.target : row.target);
  if (patch.responsibleUnitId) await checkUnit(ctx, patch.responsibleUnitId);
  if (patch.name !== undefined && !patch.name.trim()) throw fail('name', '栏目名称不能为空');
  if (patch.code && patch.code !== row.code && (await findColumnByCode(ctx.db, patch.code)))
    throw new AppError('CONFLICT', {
      message: `栏目代码 ${patch.code} 已被使用`,
      errors: [{ field: 'code', message: '栏目代码已被使用' }],
    });
  const changes = {
    code: patch.code?.trim(),
    name: patch.name?.trim(),
    kind,
    target,
    category: patch.category,
    responsibleUnitId: patch.responsibleUnitId,
    updateDays: patch.updateDays,
    reviewSteps: patch.reviewSteps,
    visible: patch.visible,
    description: patch.description === undefined ? undefined : patch.description?.trim() || null,
  };
  const changed = Object.fromEntries(
    Object.entries(changes).filter(([k, v]) => v !== undefined && v !== row[k as keyof ColumnWithUnit]),
  );
  if (Object.keys(changed).length === 0) return getColumn(ctx, id);
  await publicChange(ctx, async (tx) => {
    await updateColumnRow(tx.db, id, { ...changed, updatedAt: tx.now });
    await recordAudit(tx, {
      action: 'portal.column.update',
      objectType: 'portal_column',
      objectId: id,
      detail: { code: row.code, changed: Object.keys(changed) },
    });
  });
  return getColumn(ctx, id);
}

/**
 * Moves a column (with its subtree) under another parent and/or to a position among its
 * siblings: the drag and drop of the tree editor. `index` counts from 0 among the new siblings.
 */
export async function moveColumn(
  ctx: Ctx,
  id: string,
  input: { parentId: string | null; index: number },
): Promise<ColumnView[]> {
  requirePermission(ctx.actor, 'portal:columns');
  const row = await mustFindColumn(ctx, id);
  const parent = input.parentId ? await findColumn(ctx.db, input.parentId) : null;
  if (input.parentId && !parent) throw fail('parentId', '上级栏目不存在');
  if (parent?.path.startsWith(row.path)) throw fail('parentId', '不能把栏目移到它自己或它的下级栏目之下');
  const newLevel = (parent?.level ?? 0) + 1;
  const depthBelow = (await deepestLevelUnder(ctx.db, row.path)) - row.level;
  if (newLevel + depthBelow > MAX_COLUMN_LEVEL)
    throw fail('parentId', `移动后栏目将超过 ${MAX_COLUMN_LEVEL} 级，请先调整其下级栏目`);
  const siblings = (await listSiblings(ctx.db, parent?.id ?? null)).filter((s) => s.id !== id);
  const index = Math.max(0, Math.min(input.index, siblings.length));
  const ordered = [...siblings.slice(0, index), row, ...siblings.slice(index)];
  await publicChange(ctx, async (tx) => {
    if ((parent?.id ?? null) !== row.parentId) {
      const newPath = `${parent?.path ?? '/'}${row.id}/`;
      await updateColumnRow(tx.db, id, { parentId: parent?.id ?? null, updatedAt: tx.now });
      await rewriteColumnSubtree(tx.db, row.path, newPath, newLevel - row.level);
    }
    for (const [i, s] of ordered.entries())
      if (s.sort !== (i + 1) * 10) await updateColumnRow(tx.db, s.id, { sort: (i + 1) * 10 });
    await recordAudit(tx, {
      action: 'portal.column.move',
      objectType: 'portal_column',
      objectId: id,
      detail: { code: row.code, from: row.parentId, to: parent?.id ?? null, index },
    });
  });
  return listColumns(ctx);
}

/** Removes a column that has neither sub-columns nor articles (otherwise: hide it). */
export async function removeColumn(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.actor, 'portal:columns');
  const row = await mustFindColumn(ctx, id);
  if ((await countChildColumns(ctx.db, id)) > 0)
    throw new AppError('CONFLICT', { message: '该栏目下还有子栏目，不能删除' });
  if ((await countArticlesIn(ctx.db, id)) > 0)
    throw new AppError('CONFLICT', { message: '该栏目下还有稿件，不能删除；如不再使用，请设为不显示' });
  await publicChange(ctx, async (tx) => {
    await deleteColumnRow(tx.db, id);
    await recordAudit(tx, {
      action: 'portal.column.delete',
      objectType: 'portal_column',
      objectId: id,
      detail: { code: row.code, name: row.name },
    });
  });
}
