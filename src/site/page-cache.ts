// The public site's page cache (页面缓存): rendered public pages kept in memory as ready-to-send
// bytes, dropped when the site's content changes. The site shell owns it; a module puts a page
// through it with sendCached (cached-pages.ts), and cache hits are answered before Fastify by the
// HTTP front (cachedPageResponder).
//
// The database holds one number, the site version (site.table.ts). Every change the public can see
// raises it inside its own transaction (bumpSiteVersion) and sends NOTIFY portal_site_changed on
// commit. Each instance's cache knows the version its pages were rendered at, and learns that it
// moved without asking the database on every request:
//   - at once after a change made by this instance (the use case calls siteChanged after commit);
//   - on PostgreSQL, from LISTEN portal_site_changed (site-listener.ts) — within milliseconds;
//     while that connection is down, by reading the version at most once per POLL_MS instead;
//   - on PGlite there is only one process: its own changes are all there is, no polling.
// Pages also expire after MAX_AGE_MS so counters shown on them (views) do not freeze.
//
// Memory: the pages' bytes (each body, its compressed copies) plus a fixed allowance per page for
// its key, headers and bookkeeping stay within PAGE_CACHE_MAX_MB and PAGE_CACHE_MAX_PAGES; the
// oldest page goes first (page-cache.test.ts requests 10,000 distinct pages against a small bound).
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../platform/context.ts';
import type { Database, Db } from '../platform/db/client.ts';
import { registryGeneration } from './registry.ts';
import { siteVersion } from './site.table.ts';

export const SITE_CHANNEL = 'portal_site_changed';
const ROW_ID = 1;

export interface SiteVersion {
  version: number;
  changedAt: Date;
}

/** Raises the site version in the caller's transaction; other instances hear of it on commit. */
export async function bumpSiteVersion(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db
    .insert(siteVersion)
    .values({ id: ROW_ID, version: 1, changedAt: ctx.now })
    .onConflictDoUpdate({
      target: siteVersion.id,
      set: { version: sql`${siteVersion.version} + 1`, changedAt: ctx.now },
    })
    .returning({ version: siteVersion.version });
  await ctx.db.execute(sql`select pg_notify(${SITE_CHANNEL}, ${String(row.version)})`);
  // Outside a transaction the change is already committed (fixtures, scripts): say so now.
  if (ctx.db === ctx.database.db) siteChanged(ctx);
  return row.version;
}

export async function readSiteVersion(db: Db): Promise<SiteVersion> {
  const [row] = await db
    .select({ version: siteVersion.version, changedAt: siteVersion.changedAt })
    .from(siteVersion)
    .where(eq(siteVersion.id, ROW_ID));
  return row
    ? { version: Number(row.version), changedAt: row.changedAt }
    : { version: 0, changedAt: new Date(0) };
}

/** What a hit on a cached page counts as (the route's view announcement, replayed on hits). */
export interface PageView {
  kind: 'article' | 'column' | 'sitemap' | 'print' | 'page';
  articleId?: string;
  columnId?: string;
}

export interface CachedPage {
  key: string;
  status: number;
  contentType: string;
  body: Buffer;
  etag: string;
  lastModified: Date;
  /** lastModified as an HTTP date, computed once. */
  lastModifiedText: string;
  /** Compressed variants, made on the first request that accepts them. */
  br?: Buffer;
  gzip?: Buffer;
  view?: PageView;
  /** The response headers (flat name, value list) of a 200 and of a 304, once captured. */
  headers?: string[];
  notModifiedHeaders?: string[];
  /** The front's complete header lists per encoding, x-request-id last (its value set per request). */
  wire?: Partial<Record<'identity' | 'br' | 'gzip' | 'notModified', string[]>>;
  /** performance.now() when rendered. */
  at: number;
  /** Clock ms (ctx.now): the page is good from notBefore until expiresAt (a day-dependent page). */
  notBefore: number;
  expiresAt: number;
  /** What the page counts against the cache's bound: its bytes and the allowance per page. */
  bytes: number;
}

export interface NewPage {
  status: number;
  contentType: string;
  body: string;
  view?: PageView;
  notBefore?: number;
  expiresAt?: number;
}

export interface PageCacheLimits {
  /** Bytes of pages (bodies, compressed copies, the allowance per page) kept at most. */
  maxBytes: number;
  /** Pages kept at most. */
  maxPages: number;
}

const POLL_MS = 1_000;
const MAX_AGE_MS = 10 * 60_000;
// Below this a compressed copy saves less than its headers cost.
const MIN_COMPRESS_BYTES = 1_024;
/**
 * What a page costs besides its bytes: the entry, its key, the captured header lists (their
 * strings are shared between pages) and the map slot — 1.5 KB of heap measured per page
 * (page-cache.test.tsx); counted with room to spare.
 */
export const PAGE_OVERHEAD_BYTES = 2_560;
export const DEFAULT_LIMITS: PageCacheLimits = { maxBytes: 32 * 1024 * 1024, maxPages: 20_000 };

export type CacheMode = 'local' | 'listen' | 'poll';

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private total = 0;
  private current: SiteVersion = { version: -1, changedAt: new Date(0) };
  /** Whether `current` may be out of date (a change was announced since it was read). */
  private stale = true;
  /** Raised by every markStale, so a read that started before it cannot clear it. */
  private generation = 0;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<SiteVersion> | null = null;
  private registryAt = -1;
  private readonly listeners = new Set<(v: SiteVersion) => void>();
  private limits: PageCacheLimits = { ...DEFAULT_LIMITS };
  /** 'local': PGlite, one process; 'listen': LISTEN is up; 'poll': PostgreSQL without LISTEN. */
  mode: CacheMode;
  hits = 0;
  misses = 0;

  constructor(private readonly database: Database) {
    this.mode = database.kind === 'pglite' ? 'local' : 'poll';
  }

  /** Sets the bounds (PAGE_CACHE_MAX_MB, PAGE_CACHE_MAX_PAGES); pages beyond them go at once. */
  configure(limits: PageCacheLimits): void {
    this.limits = { ...limits };
    this.evict();
  }

  /** The next lookup re-reads the site version (after a change by this or another instance). */
  markStale(): void {
    this.stale = true;
    this.generation++;
  }

  /** Whether the cached pages may be served without asking the database. */
  fresh(): boolean {
    if (this.registryAt !== registryGeneration()) {
      this.registryAt = registryGeneration();
      this.clear();
    }
    if (this.stale) return false;
    return this.mode !== 'poll' || performance.now() - this.checkedAt < POLL_MS;
  }

  /** Called with the new version whenever it moves (the column tree and nav rebuild on it). */
  onVersionChange(listener: (v: SiteVersion) => void): void {
    this.listeners.add(listener);
  }

  /** The last version known, without asking (may be behind while !fresh()). */
  known(): SiteVersion {
    return this.current;
  }

  /** The site version: from memory while fresh, otherwise read once (concurrent callers share it). */
  async version(): Promise<SiteVersion> {
    if (this.fresh()) return this.current;
    if (this.checking) return this.checking;
    const generation = this.generation;
    this.checking = readSiteVersion(this.database.db)
      .then((v) => {
        const moved = v.version !== this.current.version;
        if (moved) this.clear();
        this.current = v;
        this.checkedAt = performance.now();
        if (generation === this.generation) this.stale = false;
        if (moved) for (const l of this.listeners) l(v);
        return v;
      })
      .finally(() => {
        this.checking = null;
      });
    return this.checking;
  }

  /** A fresh cached page for the key, or undefined (counts hits and misses). */
  get(key: string, nowMs: number): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) {
      this.misses++;
      return undefined;
    }
    if (performance.now() - page.at > MAX_AGE_MS || nowMs >= page.expiresAt || nowMs < page.notBefore) {
      this.delete(key);
      this.misses++;
      return undefined;
    }
    this.hits++;
    return page;
  }

  /** Stores a page rendered at `version` (kept only if the site has not moved on meanwhile). */
  set(key: string, page: NewPage, at: SiteVersion): CachedPage {
    const body = exact(Buffer.from(page.body));
    const entry: CachedPage = {
      key,
      status: page.status,
      contentType: page.contentType,
      body,
      view: page.view,
      at: performance.now(),
      notBefore: page.notBefore ?? Number.NEGATIVE_INFINITY,
      expiresAt: page.expiresAt ?? Number.POSITIVE_INFINITY,
      bytes: body.length + key.length + PAGE_OVERHEAD_BYTES,
      etag: `"${at.version.toString(36)}-${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
      lastModified: at.changedAt,
      lastModifiedText: at.changedAt.toUTCString(),
    };
    if (at.version !== this.current.version || entry.bytes > this.limits.maxBytes) return entry;
    this.delete(key);
    this.pages.set(key, entry);
    this.total += entry.bytes;
    this.evict();
    return entry;
  }

  clear(): void {
    this.pages.clear();
    this.total = 0;
  }

  /** Pages held. */
  get size(): number {
    return this.pages.size;
  }

  /** Bytes counted against PAGE_CACHE_MAX_MB. */
  get bytes(): number {
    return this.total;
  }

  // Oldest first out (a hit does not reorder: the map stays cheap on the hot path; pages also
  // expire by age, so a popular page is rendered again at most every MAX_AGE_MS).
  private evict(): void {
    while (this.total > this.limits.maxBytes || this.pages.size > this.limits.maxPages) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.total -= page.bytes;
    this.pages.delete(key);
  }

  /** The body to send for an Accept-Encoding header, compressed once and kept. */
  encoded(page: CachedPage, acceptEncoding: string | undefined): { body: Buffer; encoding?: 'br' | 'gzip' } {
    if (!acceptEncoding || page.body.length < MIN_COMPRESS_BYTES) return { body: page.body };
    if (/\bbr\b/.test(acceptEncoding)) {
      if (!page.br) {
        page.br = exact(
          brotliCompressSync(page.body, {
            params: {
              [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
              [zlibConstants.BROTLI_PARAM_SIZE_HINT]: page.body.length,
            },
          }),
        );
        this.grow(page, page.br.length);
      }
      return { body: page.br, encoding: 'br' };
    }
    if (/\bgzip\b/.test(acceptEncoding)) {
      if (!page.gzip) {
        page.gzip = exact(gzipSync(page.body, { level: 6 }));
        this.grow(page, page.gzip.length);
      }
      return { body: page.gzip, encoding: 'gzip' };
    }
    return { body: page.body };
  }

  private grow(page: CachedPage, bytes: number): void {
    page.bytes += bytes;
    if (this.pages.get(page.key) !== page) return;
    this.total += bytes;
    this.evict();
  }
}

/**
 * The bytes in memory of their own. Buffer.from(string) puts a small page in a slice of a shared
 * 8 KB pool, and zlib's output is a slice of its 16 KB work buffer: kept, either would hold the
 * whole block (measured: 3× what the pages count).
 */
function exact(buffer: Buffer): Buffer {
  if (buffer.byteLength === buffer.buffer.byteLength) return buffer;
  const own = Buffer.allocUnsafeSlow(buffer.length);
  buffer.copy(own);
  return own;
}

// One cache per database handle (tests build several apps in one process).
const caches = new WeakMap<Database, PageCache>();

export function pageCacheFor(database: Database): PageCache {
  let cache = caches.get(database);
  if (!cache) {
    cache = new PageCache(database);
    caches.set(database, cache);
  }
  return cache;
}

/** After a change is committed: this instance's cache re-reads the version on its next lookup. */
export function siteChanged(ctx: Ctx): void {
  caches.get(ctx.database)?.markStale();
}
