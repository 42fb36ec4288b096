// All SQL of the search index (src/platform/search). The tsvector is built by PostgreSQL's 'simple' configuration from
// text the application has already segmented, weighted: title A, extra (attachment titles) B,
// body D; the query goes through the same parser, so index and query always agree.
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Db } from '../db/client.ts';
import { queryPrepared } from '../db/prepared.ts';
import { type SearchAudience, searchDocuments } from './search.table.ts';

export interface IndexRow {
  source: string;
  refId: string;
  title: string;
  url: string;
  body: string;
  extra: string;
  audience: SearchAudience;
  columnId: string | null;
  columnPath: string | null;
  day: string | null;
  /** Segmented (space-separated) title, extra and body. */
  segTitle: string;
  segExtra: string;
  segBody: string;
  now: Date;
}

// Weights for D, C, B, A: a word in the title counts ten times a word in the body.
const WEIGHTS = '{0.1, 0.2, 0.4, 1.0}';

/**
 * The month token (月份词) of a document's day, e.g. 'ym202611': added to every dated document's
 * tsvector, so the GIN index itself can narrow a common query to recent months (see below). Not a
 * word anyone searches for; searchSite drops it from queries.
 */
export const MONTH_TOKEN = /^ym\d{6}$/;
const monthTokenSql = (day: string | null) =>
  sql`to_tsvector('simple', ${day ? `ym${day.slice(0, 4)}${day.slice(5, 7)}` : ''})`;

const tsvOf = (r: IndexRow) =>
  sql`setweight(to_tsvector('simple', ${r.segTitle}), 'A') || setweight(to_tsvector('simple', ${r.segExtra}), 'B') || setweight(to_tsvector('simple', ${r.segBody}), 'D') || ${monthTokenSql(r.day)}`;

export async function upsertDocuments(db: Db, rows: IndexRow[]): Promise<void> {
  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  for (let i = 0; i < rows.length; i += 100) {
    const batch = rows.slice(i, i + 100).map((r) => ({
      source: r.source,
      refId: r.refId,
      title: r.title,
      url: r.url,
      body: r.body,
      extra: r.extra,
      audience: r.audience,
      columnId: r.columnId,
      columnPath: r.columnPath,
      day: r.day,
      tsv: tsvOf(r),
      updatedAt: r.now,
    }));
    await db
      .insert(searchDocuments)
      .values(batch)
      .onConflictDoUpdate({
        target: [searchDocuments.source, searchDocuments.refId],
        set: {
          title: excluded('title'),
          url: excluded('url'),
          body: excluded('body'),
          extra: excluded('extra'),
          audience: excluded('audience'),
          columnId: excluded('column_id'),
          columnPath: excluded('column_path'),
          day: excluded('day'),
          tsv: excluded('tsv'),
          updatedAt: excluded('updated_at'),
        },
      });
  }
}

export async function deleteDocuments(db: Db, source: string, refIds: string[]): Promise<void> {
  if (!refIds.length) return;
  await db
    .delete(searchDocuments)
    .where(and(eq(searchDocuments.source, source), inArray(searchDocuments.refId, refIds)));
}

/** The source's documents, or those whose title contains `titleContains`. */
export async function countSource(db: Db, source: string, titleContains?: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(searchDocuments)
    .where(
      and(
        eq(searchDocuments.source, source),
        titleContains === undefined ? undefined : sql`strpos(${searchDocuments.title}, ${titleContains}) > 0`,
      ),
    );
  return row?.n ?? 0;
}

export async function deleteSource(db: Db, source: string): Promise<void> {
  await db.delete(searchDocuments).where(eq(searchDocuments.source, source));
}

export interface SearchFilter {
  /** Space-separated precise-mode terms; each must occur (AND). */
  terms: string;
  /** Sources whose staff-only documents may be found too; every search finds the public ones. */
  staffSources?: string[];
  columnPath?: string;
  from?: string;
  to?: string;
  sources?: string[];
  limit: number;
  offset: number;
}

export interface HitRow {
  source: string;
  refId: string;
  title: string;
  url: string;
  body: string;
  extra: string;
  columnId: string | null;
  day: string | null;
  rank: number;
}

/**
 * Matches are counted exactly up to this many; beyond it the page says "500 条以上" (50 pages of
 * ten: nobody reads further, and each match counted is one heap row read).
 */
export const COUNT_CAP = 500;

// Ranking reads each candidate's tsvector, and every match read costs one heap row (a tsvector of a
// ~1 KB body is ~1.2 KB, so a row is ~2 KB: one page per match for a common word). So a search reads
// a bounded number of matches: it counts up to COUNT_CAP + 1 (a LIMIT under the count), and ranks
// at most CANDIDATES of them — all matches with every term in the title first, then the newest.
// When there are more than COUNT_CAP matches, the candidates come from the most recent months only
// (the month tokens let the GIN index intersect "these terms" with "these months" before any row
// is read), widening the window until it holds enough candidates.
//
// The count looks at recent months too (COUNT_MONTHS): a GIN bitmap scan costs about as much per
// match of the terms it keeps as a heap row, so counting a common word's 501 newest matches through
// the month tokens keeps ~1,000 entries where the terms alone keep every match (7,000 of 100,000
// articles for a topic's word: 3 ms of the 6 ms a search took in PGlite). Only when the months hold
// 500 or fewer matches is everything counted — exactly, as before.
const CANDIDATES = 200;
// Months back from the anchor month tried in turn, before the whole index.
const WINDOWS = [6, 24, 96];
// Months back from the anchor month the count looks at first.
const COUNT_MONTHS = 24;

const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The month tokens from `ahead` months after `anchor` (YYYY-MM-DD) back to `back - 1` months before it. */
function monthWindow(anchor: string, back: number, ahead: number): string {
  const y = Number(anchor.slice(0, 4));
  const m = Number(anchor.slice(5, 7)) - 1;
  const tokens: string[] = [];
  for (let k = -ahead; k < back; k++) {
    const n = y * 12 + m - k;
    tokens.push(`ym${Math.floor(n / 12)}${String((n % 12) + 1).padStart(2, '0')}`);
  }
  return tokens.join(' | ');
}

/** Months from the month of `from` to the month of `to`, both counted (2026-01-31 … 2026-02-01: 2). */
const monthsSpanned = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5, 7)) -
  Number(from.slice(5, 7)) +
  1;

// A search without filters — nearly every search — reuses its plan on PGlite (queryPrepared): those
// plans do not depend on the values, the GIN index drives every scan (the staff sources a staff
// member may see are a row filter, as the audience is). With column, date or source filters the
// values matter (a wide date range must not become a scan of the day index), so those
// are planned each time.
const queryRows = <T>(database: Database, text: string, params: unknown[], reuse: boolean) =>
  reuse ? queryPrepared<T>(database, text, params) : database.query<T>(text, params);

type HitSqlRow = {
  source: string;
  ref_id: string;
  title: string;
  url: string;
  body: string;
  extra: string;
  column_id: string | null;
  day: string | null;
  rank: number;
  candidates: number;
  n?: number;
};

export async function searchDocumentsPage(
  database: Database,
  f: SearchFilter & { today: string },
): Promise<{ total: number; totalExact: boolean; rows: HitRow[] }> {
  const params: unknown[] = [f.terms];
  const where = [`d.tsv @@ plainto_tsquery('simple', $1)`];
  // Who may find what: a row filter the GIN scan has already narrowed to the matches (the audience
  // of nearly every row is 'public', so it changes no plan).
  if (f.staffSources?.length) {
    params.push(f.staffSources);
    where.push(`(d.audience = 'public' or d.source = any($${params.length}::text[]))`);
  } else where.push(`d.audience = 'public'`);
  if (f.columnPath) {
    params.push(`${f.columnPath.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    where.push(`d.column_path like $${params.length}`);
  }
  if (f.from) {
    params.push(f.from);
    where.push(`d.day >= $${params.length}::date`);
  }
  if (f.to) {
    params.push(f.to);
    where.push(`d.day <= $${params.length}::date`);
  }
  if (f.sources?.length) {
    params.push(f.sources);
    where.push(`d.source = any($${params.length}::text[])`);
  }
  const cap = Math.max(CANDIDATES, f.offset + f.limit);
  const reuse = !f.columnPath && !f.from && !f.to && !f.sources?.length;
  // The ranked page among the candidates of `window` (month tokens) or of all matches; with
  // `count`, the capped count of the matches in that window (or of all, null) rides along in the
  // same statement (one round trip, one plan).
  const page = async (window: string | null, count?: { window: string | null }): Promise<HitSqlRow[]> => {
    const p = [...params, f.terms.split(' ').filter(Boolean).map(likePattern), cap, f.limit, f.offset];
    const w = [...where];
    if (window) {
      p.push(window);
      w.push(`d.tsv @@ to_tsquery('simple', $${p.length})`);
    }
    const at = params.length;
    const ranked = `select d.source, d.ref_id, d.title, d.url, d.body, d.extra, d.column_id, d.day::text as day,
         c.rank, c.candidates, c.id as sort_id, c.day as sort_day
       from (
         select x.id, x.day, count(*) over ()::int as candidates,
           ts_rank_cd('${WEIGHTS}'::float4[], x.tsv, plainto_tsquery('simple', $1)) as rank
         from (
           select d.id, d.day, d.tsv
           from search_documents d where ${w.join(' and ')}
           order by (d.title ilike all($${at + 1}::text[])) desc, d.day desc nulls last, d.id
           limit $${at + 2}
         ) x
         order by rank desc, x.day desc nulls last, x.id
         limit $${at + 3} offset $${at + 4}
       ) c join search_documents d on d.id = c.id`;
    const order = 'order by p.rank desc, p.sort_day desc nulls last, p.sort_id';
    if (!count) return queryRows<HitSqlRow>(database, `select p.* from (${ranked}) p ${order}`, p, reuse);
    const cw = [...where];
    if (count.window) {
      p.push(count.window);
      cw.push(`d.tsv @@ to_tsquery('simple', $${p.length})`);
    }
    const countSql = `select count(*)::int as n from (select 1 from search_documents d where ${cw.join(' and ')} limit ${COUNT_CAP + 1}) s`;
    return queryRows<HitSqlRow>(
      database,
      `with counted as (${countSql})
       select counted.n, p.* from counted left join lateral (${ranked}) p on true ${order}`,
      p,
      reuse,
    );
  };
  const result = (n: number, rows: HitSqlRow[]) => ({
    total: Math.min(n, COUNT_CAP),
    totalExact: n <= COUNT_CAP,
    rows: rows
      .filter((r) => r.source)
      .map((r) => ({
        source: r.source,
        refId: r.ref_id,
        title: r.title,
        url: r.url,
        body: r.body,
        extra: r.extra,
        columnId: r.column_id,
        day: r.day,
        rank: Number(r.rank),
      })),
  });

  // Common words first look at recent months (most searches are for them); the count comes along.
  // The windows end at the 'to' day, or a year after today (an article dated ahead is new too), and
  // stop widening once they cover 'from'. A window covers every match only when both dates are
  // given (without 'to', a document may be dated more than a year ahead; without 'from', undated).
  const anchor = f.to ?? f.today;
  const ahead = f.to ? 0 : 12;
  const span = f.from ? monthsSpanned(f.from, anchor) : Number.POSITIVE_INFINITY;
  const months = (back: number) => monthWindow(anchor, back, ahead);
  const windows = WINDOWS.filter((back) => back < span);
  const countBack = Math.min(COUNT_MONTHS, span);
  // No month at all when 'from' is more than a year ahead: then everything is counted.
  const countWindow = countBack + ahead > 0 ? months(countBack) : null;
  const countCovers = countWindow === null || (Boolean(f.from && f.to) && countBack >= span);
  const first = await page(windows.length ? months(windows[0] ?? 0) : null, { window: countWindow });
  let n = Number(first[0]?.n ?? 0);
  // Too few in the months counted to say "more than 500": count (and rank) all matches.
  if (!countCovers && n <= COUNT_CAP) {
    const all = await page(null, { window: null });
    n = Number(all[0]?.n ?? 0);
    return n === 0 || f.offset >= Math.min(n, COUNT_CAP) ? result(n, []) : result(n, all);
  }
  const totalExact = n <= COUNT_CAP;
  if (n === 0 || f.offset >= Math.min(n, COUNT_CAP)) return result(n, []);
  const inFirst = first[0]?.source ? Number(first[0].candidates) : 0;

  let rows: HitSqlRow[] | null = null;
  // The first look will do when it was over all matches, when it holds every match, or — only when
  // there are too many to count — when it holds enough candidates. Up to COUNT_CAP matches, the
  // candidates are chosen among all of them (the title matches first, however old): here all of
  // them are in the months counted.
  if (windows.length === 0 || inFirst === n || (!totalExact && inFirst >= cap)) rows = first;
  else if (!totalExact) {
    for (const back of windows.slice(1)) {
      const got = await page(months(back));
      if (got[0] && Number(got[0].candidates) >= cap) {
        rows = got;
        break;
      }
    }
  }
  rows ??= await page(totalExact ? countWindow : null);
  return result(n, rows);
}
