// The site search: one index for everything the public may find. Published articles are indexed
// by the portal itself; other modules register a source (disclosure items, laws, service guides)
// and keep their rows current with indexSearchDocuments / removeSearchDocuments, called inside
// their own transactions (no permission check here: the caller's use case has already made it).

import { requirePermission } from '../../../platform/access/policy.ts';
import { chinaDay, isValidDay } from '../../../platform/calendar/index.ts';
import type { Ctx } from '../../../platform/context.ts';
import { validationError } from '../../../platform/errors.ts';
import { highlight, type Piece, snippet } from './highlight.ts';
import {
  COUNT_CAP,
  deleteDocuments,
  deleteSource,
  type IndexRow,
  MONTH_TOKEN,
  searchDocumentsPage,
  upsertDocuments,
} from './search.repository.ts';
import { queryTerms, segmentedText } from './segment.ts';

export interface SearchDocumentInput {
  /** The thing's id in its own module. */
  refId: string;
  title: string;
  /** Its public address on this site (a path beginning with '/'). */
  url: string;
  body?: string;
  /** Short texts searched with more weight than the body: attachment titles, document numbers. */
  extra?: string;
  /** Its date (YYYY-MM-DD), for the date filter and for ordering equal ranks. */
  day?: string | null;
  columnId?: string | null;
  columnPath?: string | null;
}

export interface SearchSource {
  /** A short stable name: 'openness', 'laws', 'services'. */
  source: string;
  /** The Chinese name shown with each result: '政务公开', '政策法规', '办事指南'. */
  label: string;
  /** Every document of the source, for a full rebuild of its part of the index. */
  reindex?(ctx: Ctx): Promise<SearchDocumentInput[]>;
}

const sources = new Map<string, SearchSource>();

/** Declares a source of search results; call at module top level. */
export function registerSearchSource(source: SearchSource): void {
  if (!/^[a-z][a-z0-9-]*$/.test(source.source)) throw new Error(`search source name: ${source.source}`);
  sources.set(source.source, source);
}

export function listSearchSources(): SearchSource[] {
  return [...sources.values()];
}

// The body is cut to this many characters: enough for ranking and snippets of any real article.
const MAX_BODY = 60_000;

function toRow(ctx: Ctx, source: string, d: SearchDocumentInput): IndexRow {
  if (!d.url.startsWith('/')) throw new Error(`search document url must be a site path: ${d.url}`);
  const body = (d.body ?? '').slice(0, MAX_BODY);
  const extra = d.extra ?? '';
  return {
    source,
    refId: d.refId,
    title: d.title,
    url: d.url,
    body,
    extra,
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
  source: string,
  docs: SearchDocumentInput[],
): Promise<void> {
  if (!sources.has(source)) throw new Error(`unregistered search source: ${source}`);
  await upsertDocuments(
    ctx.db,
    docs.map((d) => toRow(ctx, source, d)),
  );
}

/** Removes documents of a source from the index. */
export async function removeSearchDocuments(ctx: Ctx, source: string, refIds: string[]): Promise<void> {
  await deleteDocuments(ctx.db, source, refIds);
}

/** Rebuilds one source's part of the index from its reindex(); returns how many documents. */
export async function reindexSearchSource(ctx: Ctx, source: string): Promise<number> {
  requirePermission(ctx.actor, 'portal:columns');
  const def = sources.get(source);
  if (!def) throw validationError('source', `没有名为 ${source} 的搜索来源`);
  if (!def.reindex) return 0;
  const docs = await def.reindex(ctx);
  await deleteSource(ctx.db, source);
  await upsertDocuments(
    ctx.db,
    docs.map((d) => toRow(ctx, source, d)),
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

/** The public site search: everyone may use it. */
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
        sourceLabel: sources.get(r.source)?.label ?? r.source,
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
