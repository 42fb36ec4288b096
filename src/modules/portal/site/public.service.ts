// What the public site reads: the visible column tree (kept in memory per site version), a
// column's live articles, one live article, and the last word on a withdrawn one. Everyone may
// read these; nothing here is visible before publication.
import type { Ctx } from '../../../platform/context.ts';
import { pageCacheFor } from '../../../site/index.ts';
import {
  type LiveArticle,
  type LiveListItem,
  listLiveArticleStamps,
  listLiveArticles,
} from '../articles.repository.ts';
import { type ColumnWithUnit, listColumnRows } from '../columns.repository.ts';
import { sortTree } from '../columns.service.ts';
import type { ColumnCategory } from '../portal.table.ts';

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
  /** Breadcrumb chains per column, built on first use (the tree is rebuilt when the site changes). */
  crumbs: Map<string, PublicColumn[]>;
}

const trees = new WeakMap<object, PublicTree>();
const building = new WeakMap<object, Promise<PublicTree>>();

/** The visible columns as a tree; a hidden column hides its subtree. Re-read when the site version moves. */
export async function publicTree(ctx: Ctx): Promise<PublicTree> {
  const cache = pageCacheFor(ctx.database);
  const { version } = await cache.version();
  const cached = trees.get(ctx.database);
  if (cached && cached.version === version) return cached;
  const pending = building.get(ctx.database);
  if (pending) {
    const tree = await pending;
    if (tree.version === version) return tree;
  }
  const job = buildTree(ctx, version).finally(() => building.delete(ctx.database));
  building.set(ctx.database, job);
  return job;
}

/** The tree last built, without waiting (the navigation bar of pages rendered synchronously). */
export function knownTree(database: Ctx['database']): PublicTree | undefined {
  return trees.get(database);
}

async function buildTree(ctx: Ctx, version: number): Promise<PublicTree> {
  if (!watched.has(ctx.database)) {
    watched.add(ctx.database);
    // When the version moves (another instance's change heard by LISTEN, or this instance's own),
    // rebuild the tree at once, so the navigation bar is current before the next page renders.
    pageCacheFor(ctx.database).onVersionChange(() => {
      publicTree(ctx).catch(() => undefined);
    });
  }
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
    crumbs: new Map(),
  };
  const latest = trees.get(ctx.database);
  if (!latest || latest.version <= version) trees.set(ctx.database, tree);
  return tree;
}

const watched = new WeakSet<object>();

/** The column and its ancestors, from the first level down. */
export function ancestry(tree: PublicTree, column: PublicColumn): PublicColumn[] {
  const known = tree.crumbs.get(column.id);
  if (known) return known;
  const out: PublicColumn[] = [];
  let c: PublicColumn | undefined = column;
  while (c) {
    out.unshift(c);
    c = c.parentId ? tree.byId.get(c.parentId) : undefined;
  }
  tree.crumbs.set(column.id, out);
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

interface ArticleSqlRow {
  id: string;
  column_id: string;
  status: string;
  first_published_at: Date | null;
  withdrawn_at: Date | null;
  withdrawn_reason: string | null;
  updated_at: Date;
  draft_title: string;
  live_edition: number | null;
  column_code: string;
  column_name: string;
  column_path: string;
  title: string | null;
  subtitle: string | null;
  source: string | null;
  author: string | null;
  date: string | null;
  summary: string | null;
  body_html: string | null;
  body_text: string | null;
  cover_file_id: string | null;
  attachments: LiveArticle['attachments'] | null;
  tags: string[] | null;
  origin: LiveArticle['origin'] | null;
  origin_name: string | null;
  origin_url: string | null;
  published_at: Date | null;
  unreviewed: boolean;
  pinned: boolean;
  views: number;
}

// One statement for everything an article page needs: the article, its live edition, its column
// and its view count. Raw SQL: under PGlite the ORM's row mapping cost several times the query.
const ARTICLE_SQL = `
  select a.id, a.column_id, a.status, a.first_published_at, a.withdrawn_at, a.withdrawn_reason,
    a.updated_at, a.title as draft_title, a.live_edition,
    c.code as column_code, c.name as column_name, c.path as column_path,
    e.title, e.subtitle, e.source, e.author, e.date::text as date, e.summary, e.body_html, e.body_text,
    e.cover_file_id, e.attachments, e.tags, e.origin, e.origin_name, e.origin_url,
    a.published_at, a.unreviewed, a.pinned,
    (select coalesce(sum(v.views), 0)::int from portal_article_views v where v.article_id = a.id) as views
  from portal_articles a
  join portal_columns c on c.id = a.column_id
  left join portal_article_editions e on e.article_id = a.id and e.edition = a.live_edition
  where a.id = $1`;

function liveOf(r: ArticleSqlRow): LiveArticle {
  return {
    id: r.id,
    columnId: r.column_id,
    columnCode: r.column_code,
    columnName: r.column_name,
    columnPath: r.column_path,
    title: r.title ?? r.draft_title,
    subtitle: r.subtitle,
    source: r.source,
    author: r.author,
    date: r.date,
    summary: r.summary,
    bodyHtml: r.body_html ?? '',
    bodyText: r.body_text ?? '',
    coverFileId: r.cover_file_id,
    attachments: r.attachments ?? [],
    tags: r.tags ?? [],
    origin: r.origin ?? 'original',
    originName: r.origin_name,
    originUrl: r.origin_url,
    firstPublishedAt: r.first_published_at!,
    publishedAt: r.published_at!,
    unreviewed: r.unreviewed,
    pinned: r.pinned,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Rows of a statement whose one parameter ($1) is a uuid. On PGlite the id — checked to be a
 * uuid, hex digits and dashes only — is written into the statement, which then goes by the simple
 * query protocol: a third of the time of a parameterised query there (no separate parse, bind
 * and describe round trips through the wasm module). PostgreSQL gets the parameter as usual.
 */
async function queryById<T>(database: Ctx['database'], text: string, id: string): Promise<T[]> {
  if (!UUID.test(id)) return [];
  if (database.pglite) {
    const [result] = await database.pglite.exec(text.replace('$1', `'${id.toLowerCase()}'::uuid`));
    return (result?.rows ?? []) as T[];
  }
  return database.query<T>(text, [id]);
}

// A body image is public while the live edition of some published article shows it.
const IMAGE_LIVE_SQL = `
  select 1 as one from portal_articles a
  join portal_article_editions e on e.article_id = a.id and e.edition = a.live_edition
  where e.body_html like '%/article-images/' || $1::text || '"%'
  limit 1`;

/** Whether a live article's body shows the body image (正文图片) with this file id. */
export async function isArticleImageLive(ctx: Ctx, fileId: string): Promise<boolean> {
  const rows = await queryById<{ one: number }>(ctx.database, IMAGE_LIVE_SQL, fileId);
  return rows.length > 0;
}

/** An article as the public may see it: live, withdrawn (with the notice), taken off, or nothing. */
export async function lookupArticle(ctx: Ctx, id: string): Promise<ArticleLookup> {
  const [row] = await queryById<ArticleSqlRow>(ctx.database, ARTICLE_SQL, id);
  // Never-published drafts are not the public's business: they do not exist for it.
  if (!row || row.first_published_at === null) return { kind: 'missing' };
  if (row.live_edition !== null && row.title !== null)
    return { kind: 'live', article: liveOf(row), views: Number(row.views) };
  if (row.status === 'withdrawn')
    return {
      kind: 'withdrawn',
      title: row.draft_title,
      withdrawnAt: row.withdrawn_at ?? row.updated_at,
      reason: row.withdrawn_reason ?? '',
      columnId: row.column_id,
    };
  return { kind: 'offline', title: row.draft_title, columnId: row.column_id };
}

/** The single page of a 'page' column: its newest live article. */
export async function pageArticle(ctx: Ctx, column: PublicColumn): Promise<LiveArticle | null> {
  const { rows } = await listLiveArticles(ctx.db, { columnIds: [column.id], limit: 1, offset: 0 });
  if (!rows[0]) return null;
  const found = await lookupArticle(ctx, rows[0].id);
  return found.kind === 'live' ? found.article : null;
}

export async function sitemapArticles(ctx: Ctx): Promise<Array<{ id: string; publishedAt: Date }>> {
  return listLiveArticleStamps(ctx.db);
}
