// What the public site reads: the visible column tree (kept in memory per site version), a
// column's live articles, one live article, and the last word on a withdrawn one. Everyone may
// read these; nothing here is visible before publication.
import type { Ctx } from '../../../platform/context.ts';
import {
  findArticle,
  findLiveArticle,
  type LiveArticle,
  type LiveListItem,
  listLiveArticleStamps,
  listLiveArticles,
  totalViews,
} from '../articles.repository.ts';
import { type ColumnWithUnit, listColumnRows } from '../columns.repository.ts';
import { sortTree } from '../columns.service.ts';
import type { ColumnCategory } from '../portal.table.ts';
import { pageCacheFor } from './page-cache.ts';

export interface PublicColumn {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  level: number;
  path: string;
  kind: ColumnWithUnit['kind'];
  target: string | null;
  category: ColumnCategory;
  description: string | null;
  responsibleUnitName: string;
  children: PublicColumn[];
}

export interface PublicTree {
  version: number;
  roots: PublicColumn[];
  byCode: Map<string, PublicColumn>;
  byId: Map<string, PublicColumn>;
}

const trees = new WeakMap<object, PublicTree>();

/** The visible columns as a tree; a hidden column hides its subtree. Re-read when the site version moves. */
export async function publicTree(ctx: Ctx): Promise<PublicTree> {
  const { version } = await pageCacheFor(ctx.database).version();
  const cached = trees.get(ctx.database);
  if (cached && cached.version === version) return cached;
  const rows = sortTree(await listColumnRows(ctx.db));
  const byId = new Map<string, PublicColumn>();
  const roots: PublicColumn[] = [];
  const hidden = new Set<string>();
  for (const r of rows) {
    if (!r.visible || (r.parentId && hidden.has(r.parentId))) {
      hidden.add(r.id);
      continue;
    }
    const node: PublicColumn = {
      id: r.id,
      parentId: r.parentId,
      code: r.code,
      name: r.name,
      level: r.level,
      path: r.path,
      kind: r.kind,
      target: r.target,
      category: r.category,
      description: r.description,
      responsibleUnitName: r.responsibleUnitName,
      children: [],
    };
    byId.set(r.id, node);
    if (r.parentId) byId.get(r.parentId)?.children.push(node);
    else roots.push(node);
  }
  const tree: PublicTree = {
    version,
    roots,
    byId,
    byCode: new Map([...byId.values()].map((c) => [c.code, c])),
  };
  trees.set(ctx.database, tree);
  return tree;
}

/** The column and its ancestors, from the first level down. */
export function ancestry(tree: PublicTree, column: PublicColumn): PublicColumn[] {
  const out: PublicColumn[] = [];
  let c: PublicColumn | undefined = column;
  while (c) {
    out.unshift(c);
    c = c.parentId ? tree.byId.get(c.parentId) : undefined;
  }
  return out;
}

export async function columnArticles(
  ctx: Ctx,
  column: PublicColumn,
  page: number,
  pageSize: number,
): Promise<{ total: number; rows: LiveListItem[] }> {
  return listLiveArticles(ctx.db, {
    columnPath: column.path,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
}

/** Latest live articles in columns of one category ('news' headlines, 'notice' notices). */
export async function latestInCategory(
  ctx: Ctx,
  category: ColumnCategory,
  limit: number,
): Promise<LiveListItem[]> {
  const tree = await publicTree(ctx);
  const ids = [...tree.byId.values()]
    .filter((c) => c.category === category && c.kind === 'list')
    .map((c) => c.id);
  return (await listLiveArticles(ctx.db, { columnIds: ids, limit, offset: 0 })).rows;
}

export type ArticleLookup =
  | { kind: 'live'; article: LiveArticle; views: number }
  | { kind: 'withdrawn'; title: string; withdrawnAt: Date; reason: string; columnId: string }
  | { kind: 'offline'; title: string; columnId: string }
  | { kind: 'missing' };

/** An article as the public may see it: live, withdrawn (with the notice), taken off, or nothing. */
export async function lookupArticle(ctx: Ctx, id: string): Promise<ArticleLookup> {
  const live = await findLiveArticle(ctx.db, id);
  if (live) return { kind: 'live', article: live, views: await totalViews(ctx.db, id) };
  const row = await findArticle(ctx.db, id);
  // Never-published drafts are not the public's business: they do not exist for it.
  if (!row || row.firstPublishedAt === null) return { kind: 'missing' };
  if (row.status === 'withdrawn')
    return {
      kind: 'withdrawn',
      title: row.title,
      withdrawnAt: row.withdrawnAt ?? row.updatedAt,
      reason: row.withdrawnReason ?? '',
      columnId: row.columnId,
    };
  return { kind: 'offline', title: row.title, columnId: row.columnId };
}

/** The single page of a 'page' column: its newest live article. */
export async function pageArticle(ctx: Ctx, column: PublicColumn): Promise<LiveArticle | null> {
  const { rows } = await listLiveArticles(ctx.db, { columnIds: [column.id], limit: 1, offset: 0 });
  return rows[0] ? ((await findLiveArticle(ctx.db, rows[0].id)) ?? null) : null;
}

export async function sitemapArticles(ctx: Ctx): Promise<Array<{ id: string; publishedAt: Date }>> {
  return listLiveArticleStamps(ctx.db);
}
