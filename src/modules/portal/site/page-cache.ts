// Rendered public pages, kept in memory and dropped when the site's content changes.
//
// The database holds one number, the site version (portal_site_version). Every change the public
// can see (publication, revision, take-down, column edits) raises it inside its own transaction
// and sends NOTIFY portal_site_changed on commit. Each instance's cache remembers the version its
// pages were rendered at and compares it with the database's:
//   - at once after a change made by this instance (the use case marks the cache stale after commit);
//   - at most POLL_MS later for changes made by another instance (a one-row read, once a second);
//   - a LISTEN on the channel can call markStale() to make that immediate as well.
// Pages also expire after MAX_AGE_MS so counters shown on them (views) do not freeze.
import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../../platform/context.ts';
import type { Database, Db } from '../../../platform/db/client.ts';
import { portalSiteVersion } from '../portal.table.ts';

export const SITE_CHANNEL = 'portal_site_changed';
const ROW_ID = 1;

export interface SiteVersion {
  version: number;
  changedAt: Date;
}

/** Raises the site version in the caller's transaction; other instances hear of it on commit. */
export async function bumpSiteVersion(ctx: Ctx): Promise<number> {
  const [row] = await ctx.db
    .insert(portalSiteVersion)
    .values({ id: ROW_ID, version: 1, changedAt: ctx.now })
    .onConflictDoUpdate({
      target: portalSiteVersion.id,
      set: { version: sql`${portalSiteVersion.version} + 1`, changedAt: ctx.now },
    })
    .returning({ version: portalSiteVersion.version });
  await ctx.db.execute(sql`select pg_notify(${SITE_CHANNEL}, ${String(row.version)})`);
  return row.version;
}

export async function readSiteVersion(db: Db): Promise<SiteVersion> {
  const [row] = await db
    .select({ version: portalSiteVersion.version, changedAt: portalSiteVersion.changedAt })
    .from(portalSiteVersion)
    .where(eq(portalSiteVersion.id, ROW_ID));
  return row ?? { version: 0, changedAt: new Date(0) };
}

export interface CachedPage {
  status: number;
  contentType: string;
  body: string;
  etag: string;
  lastModified: Date;
  /** performance.now() when rendered. */
  at: number;
  bytes: number;
}

const POLL_MS = 1_000;
const MAX_AGE_MS = 10 * 60_000;
const MAX_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 20_000;

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;
  private current: SiteVersion = { version: -1, changedAt: new Date(0) };
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<SiteVersion> | null = null;
  hits = 0;
  misses = 0;

  constructor(private readonly database: Database) {}

  /** The next lookup re-reads the site version (called after this instance's own changes). */
  markStale(): void {
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  /** The site version, read from the database at most once per POLL_MS (or after markStale). */
  async version(): Promise<SiteVersion> {
    const now = performance.now();
    if (now - this.checkedAt < POLL_MS) return this.current;
    this.checking ??= readSiteVersion(this.database.db)
      .then((v) => {
        if (v.version !== this.current.version) this.clear();
        this.current = v;
        this.checkedAt = performance.now();
        return v;
      })
      .finally(() => {
        this.checking = null;
      });
    return this.checking;
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) {
      this.misses++;
      return undefined;
    }
    if (performance.now() - page.at > MAX_AGE_MS) {
      this.delete(key);
      this.misses++;
      return undefined;
    }
    // Most recently used last: Map keeps insertion order, so eviction takes the first.
    this.pages.delete(key);
    this.pages.set(key, page);
    this.hits++;
    return page;
  }

  /** Stores a page rendered at `version` (dropped if the site moved on meanwhile). */
  set(
    key: string,
    page: Omit<CachedPage, 'at' | 'bytes' | 'etag' | 'lastModified'>,
    at: SiteVersion,
  ): CachedPage {
    const entry: CachedPage = {
      ...page,
      at: performance.now(),
      bytes: Buffer.byteLength(page.body),
      etag: `"${at.version.toString(36)}-${createHash('sha1').update(page.body).digest('base64url').slice(0, 22)}"`,
      lastModified: at.changedAt,
    };
    if (at.version !== this.current.version) return entry;
    this.delete(key);
    this.pages.set(key, entry);
    this.bytes += entry.bytes;
    while (this.bytes > MAX_BYTES || this.pages.size > MAX_ENTRIES) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
    return entry;
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.pages.size;
  }

  private delete(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.bytes -= page.bytes;
    this.pages.delete(key);
  }
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
