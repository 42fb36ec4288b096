// The site search: one index for everything a reader may find, whatever module it belongs to. A
// module declares a source (defineSearchSource: its name, the type label shown with each hit, who may
// see its documents), registers it when the module registers, and keeps its rows current with
// indexSearchDocuments / removeSearchDocuments inside its own transactions (no permission check here:
// the caller's use case has made it). searchSite finds documents of every source the actor may see.

import { scopeOf } from '../access/policy.ts';
import { chinaDay, isValidDay } from '../calendar/index.ts';
import type { Actor, Ctx } from '../context.ts';
import { validationError } from '../errors.ts';
import { highlight, type Piece, snippet } from './highlight.ts';
import {
  COUNT_CAP,
  countSource,
  deleteDocuments,
  deleteSource,
  type IndexRow,
  MONTH_TOKEN,
  searchDocumentsPage,
  upsertDocuments,
} from './search.repository.ts';
import type { SearchAudience } from './search.table.ts';
import { queryTerms, segmentedText } from './segment.ts';

export interface SearchDocumentInput {
  /** The thing's id in its own module. */
  refId: string;
  title: string;
  /** What the hit links to: a path on this site beginning with '/' (a public page, or /admin/… for staff). */
  url: string;
  body?: string;
  /** Short texts searched with more weight than the body: attachment titles, document numbers. */
  extra?: string;
  /** Its date (YYYY-MM-DD), for the date filter and for ordering equal ranks. */
  day?: string | null;
  /** The site column (栏目) it is filed under and that column's path, for the column filter. */
  columnId?: string | null;
  columnPath?: string | null;
  /** 'public' (default), or 'staff': found only by staff holding the source's staffPermission. */
  audience?: SearchAudience;
}

export interface SearchSource {
  /** A short stable name stored with each document: 'article', 'guide', 'laws'. */
  name: string;
  /** The type shown with each hit and in the type filter: '网站文章', '办事指南', '法律法规'. */
  label: string;
  /**
   * The permission that lets staff find the source's documents indexed with audience 'staff' (an
   * unpublished letter, an internal catalogue entry). Without it, every document must be public.
   */
  staffPermission?: string;
  /** Every document of the source, for a full rebuild of its part of the index. */
  reindex?(ctx: Ctx): Promise<SearchDocumentInput[]>;
}

/** Checks a source's definition once; the module keeps the returned value and indexes with it. */
export function defineSearchSource(source: SearchSource): SearchSource {
  if (!/^[a-z][a-z0-9-]*$/.test(source.name)) throw new Error(`search source name: ${source.name}`);
  if (!source.label.trim()) throw new Error(`search source ${source.name}: a label is needed`);
  return Object.freeze({ ...source });
}

const sources = new Map<string, SearchSource>();

/**
 * Makes a source's documents findable (its label, its staff permission, its rebuild): call from the
 * module's register. Registering the same name again replaces it (a second app in one process).
 */
export function registerSearchSource(source: SearchSource): void {
  sources.set(source.name, defineSearchSource(source));
}

/** The registered sources, in registration order (the search page's type filter). */
export function listSearchSources(): SearchSource[] {
  return [...sources.values()];
}

/** The sources whose staff-only documents the actor may find. */
function staffSourcesOf(actor: Actor): string[] {
  return [...sources.values()]
    .filter((s) => s.staffPermission && scopeOf(actor, s.staffPermission))
    .map((s) => s.name);
}

// The body is cut to this many characters: enough for ranking and snippets of any real article.
const MAX_BODY = 60_000;

function toRow(ctx: Ctx, source: SearchSource, d: SearchDocumentInput): IndexRow {
  if (!d.url.startsWith('/') || d.url.startsWith('//'))
    throw new Error(`search document url must be a site path: ${d.url}`);
  const audience = d.audience ?? 'public';
  if (audience === 'staff' && !source.staffPermission)
    throw new Error(`search source ${source.name} has no staffPermission for staff-only documents`);
  const body = (d.body ?? '').slice(0, MAX_BODY);
  const extra = d.extra ?? '';
  return {
    source: source.name,
    refId: d.refId,
    title: d.title,
    url: d.url,
    body,
    extra,
    audience,
    columnId: d.columnId ?? null,
    columnPath: d.columnPath ?? null,
    day: d.day ?? null,
    segTitle: segmentedText(d.title),
    segExtra: segmentedText(extra),
    segBody: segmentedText(body),
    now: ctx.now,
  };
}

/** Adds or replaces documents of a source in the index (in the caller's transaction). */
export async function indexSearchDocuments(
  ctx: Ctx,
  source: SearchSource,
  docs: SearchDocumentInput[],
): Promise<void> {
  await upsertDocuments(
    ctx.db,
    docs.map((d) => toRow(ctx, source, d)),
  );
}

/** Removes documents of a source from the index. */
export async function removeSearchDocuments(ctx: Ctx, source: SearchSource, refIds: string[]): Promise<void> {
  await deleteDocuments(ctx.db, source.name, refIds);
}

/**
 * How many documents of a source the index holds (of every audience); with `titleContains`, how
 * many of them have that text in their title (a source checking for documents indexed by an
 * older rule of its own).
 */
export async function countSearchDocuments(
  ctx: Ctx,
  source: SearchSource,
  titleContains?: string,
): Promise<number> {
  return countSource(ctx.db, source.name, titleContains);
}

/**
 * Rebuilds one registered source's part of the index from its reindex(); returns how many
 * documents. The caller authorizes (the portal lets its column administrators do it).
 */
export async function rebuildSearchSource(ctx: Ctx, source: string | SearchSource): Promise<number> {
  const def = typeof source === 'string' ? sources.get(source) : source;
  if (!def) throw validationError('source', `来源：没有名为 ${source} 的搜索来源`);
  const name = def.name;
  if (!def.reindex) return 0;
  const docs = await def.reindex(ctx);
  await deleteSource(ctx.db, name);
  await upsertDocuments(
    ctx.db,
    docs.map((d) => toRow(ctx, def, d)),
  );
  return docs.length;
}

export interface SearchInput {
  q: string;
  /** Search within results: more words that must also occur. */
  within?: string;
  /** Only documents in this column and below (materialized path). */
  columnPath?: string;
  from?: string;
  to?: string;
  /** Only this source's documents (the type filter). */
  source?: string;
  page: number;
  pageSize: number;
}

export interface SearchHit {
  source: string;
  sourceLabel: string;
  refId: string;
  url: string;
  title: Piece[];
  snippet: Piece[];
  /** Attachment titles (or other extra text) where a term occurs, highlighted. */
  extra: Piece[] | null;
  day: string | null;
  columnId: string | null;
  rank: number;
}

export interface SearchResult {
  q: string;
  within: string;
  /** The terms searched for, as segmented: shown to the reader ('林木采伐许可证 办理'). */
  terms: string[];
  /** Matches, counted exactly up to COUNT_CAP (500); beyond that total is COUNT_CAP and totalExact false. */
  total: number;
  /** False when there are more than `total` matches ("500 条以上"). */
  totalExact: boolean;
  page: number;
  pageSize: number;
  items: SearchHit[];
}

export const MAX_QUERY_LENGTH = 100;
export { COUNT_CAP };

/**
 * The site search: everyone may use it and finds every public document; staff also find the
 * staff-only documents of the sources whose permission they hold.
 */
export async function searchSite(ctx: Ctx, input: SearchInput): Promise<SearchResult> {
  const q = input.q.trim();
  const within = (input.within ?? '').trim();
  if (q.length > MAX_QUERY_LENGTH) throw validationError('q', `搜索词最多 ${MAX_QUERY_LENGTH} 个字`);
  if (within.length > MAX_QUERY_LENGTH)
    throw validationError('within', `结果中搜索的词最多 ${MAX_QUERY_LENGTH} 个字`);
  // The schema checks the shape only; 2026-02-30 or month 19 must not reach the database.
  if (input.from && !isValidDay(input.from)) throw validationError('from', '开始日期不是有效的日期');
  if (input.to && !isValidDay(input.to)) throw validationError('to', '结束日期不是有效的日期');
  if (input.from && input.to && input.from > input.to)
    throw validationError('to', '结束日期不能早于开始日期');
  // Month tokens (ym202611) are the index's own words, not the reader's.
  const terms = [...new Set([...queryTerms(q), ...queryTerms(within)])]
    .filter((t) => !MONTH_TOKEN.test(t))
    .slice(0, 20);
  const empty: SearchResult = {
    q,
    within,
    terms,
    total: 0,
    totalExact: true,
    page: input.page,
    pageSize: input.pageSize,
    items: [],
  };
  if (!terms.length) return empty;
  const { total, totalExact, rows } = await searchDocumentsPage(ctx.database, {
    terms: terms.join(' '),
    staffSources: staffSourcesOf(ctx.actor),
    columnPath: input.columnPath,
    from: input.from,
    to: input.to,
    sources: input.source ? [input.source] : undefined,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
    today: chinaDay(ctx.now),
  });
  return {
    ...empty,
    total,
    totalExact,
    items: rows.map((r) => {
      const extraHits = r.extra && terms.some((t) => r.extra.toLowerCase().includes(t));
      return {
        source: r.source,
        sourceLabel: sources.get(r.source)?.label ?? '其他',
        refId: r.refId,
        url: r.url,
        title: highlight(r.title, terms),
        snippet: snippet(r.body, terms),
        extra: extraHits ? highlight(r.extra, terms) : null,
        day: r.day,
        columnId: r.columnId,
        rank: r.rank,
      };
    }),
  };
}
