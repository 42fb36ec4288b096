// Use cases of reposting from the internet (信息采集, seed: 国内、国际林业动态和市场供求信息从互联网上
// 采集编发): columns subscribe to RSS/Atom feeds; fetched entries become DRAFT articles of the column
// with origin 转载 (source name and address) in a review queue; duplicates (same address, or the
// same title under another address) are recorded and not imported; nothing is ever published here.
import crypto from 'node:crypto';
import { requirePermission } from '../../../platform/access/policy.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { type Ctx, inTransaction, SYSTEM } from '../../../platform/context.ts';
import { sm3 } from '../../../platform/crypto/sm.ts';
import { AppError, notFound } from '../../../platform/errors.ts';
import type { Log } from '../../../platform/jobs/jobs.ts';
import { getSetting } from '../../../platform/settings/settings.service.ts';
import { createArticle, deleteArticle, submitArticle } from '../../portal/index.ts';
import { chinaDayOf } from '../freshness/freshness.rules.ts';
import { FEEDS_ALLOW_PRIVATE } from '../portal-ops.settings.ts';
import type { FeedItemStatus } from '../portal-ops.table.ts';
import { type FetchOptions, fetchFeed } from './feed-fetch.ts';
import { type FeedEntry, normalizeEntryUrl, normalizeTitle, parseFeed } from './feed-parser.ts';
import {
  deleteFeedRow,
  dueFeeds,
  type FeedWithColumn,
  findArticleByOriginUrl,
  findColumnLite,
  findFeed,
  findFeedByColumnUrl,
  findItem,
  findItemByTitleHash,
  findItemsByUrl,
  insertFeed,
  insertItem,
  listFeedRows,
  listItemRows,
  recentTitlesIn,
  updateFeedRow,
  updateItem,
} from './feeds.repository.ts';

export const FEED_ITEM_STATUS_LABELS: Record<FeedItemStatus, string> = {
  queued: '待审核',
  duplicate: '重复',
  discarded: '已舍弃',
  accepted: '已送审',
};

// At most this many new entries per fetch: a feed that suddenly lists 500 items does not flood the queue.
const MAX_NEW_PER_FETCH = 30;
const TITLE_WINDOW_MS = 180 * 86_400_000;

const fail = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', { message, errors: [{ field, message }] });

export interface FeedView {
  id: string;
  columnId: string;
  columnName: string;
  name: string;
  url: string;
  intervalMinutes: number;
  enabled: boolean;
  lastFetchedAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  lastNew: number;
}

function present(f: FeedWithColumn): FeedView {
  return {
    id: f.id,
    columnId: f.columnId,
    columnName: f.columnName,
    name: f.name,
    url: f.url,
    intervalMinutes: f.intervalMinutes,
    enabled: f.enabled,
    lastFetchedAt: f.lastFetchedAt?.toISOString() ?? null,
    lastStatus: f.lastStatus,
    lastError: f.lastError,
    lastNew: f.lastNew,
  };
}

async function mustFindFeed(ctx: Ctx, id: string): Promise<FeedWithColumn> {
  const f = await findFeed(ctx.db, id);
  if (!f) throw notFound('FEED_NOT_FOUND', '订阅源不存在');
  return f;
}

function checkUrl(raw: string): string {
  const url = raw.trim();
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw fail('url', '订阅地址不是有效的网址');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw fail('url', '订阅地址应以 http:// 或 https:// 开头');
  return u.toString();
}

export async function listFeeds(ctx: Ctx): Promise<FeedView[]> {
  requirePermission(ctx.actor, 'portal:feeds');
  return (await listFeedRows(ctx.db)).map(present);
}

export interface FeedInput {
  columnId: string;
  name: string;
  url: string;
  intervalMinutes?: number;
  enabled?: boolean;
}

export async function addFeed(ctx: Ctx, input: FeedInput): Promise<FeedView> {
  requirePermission(ctx.actor, 'portal:feeds');
  const name = input.name.trim();
  if (!name) throw fail('name', '请填写来源名称（转载时显示为出处）');
  const url = checkUrl(input.url);
  const column = await findColumnLite(ctx.db, input.columnId);
  if (!column) throw fail('columnId', '栏目不存在');
  if (column.kind !== 'list') throw fail('columnId', '只有文章列表栏目可以订阅信息源');
  if (await findFeedByColumnUrl(ctx.db, column.id, url))
    throw new AppError('CONFLICT', {
      message: '该栏目已订阅此地址',
      errors: [{ field: 'url', message: '该栏目已订阅此地址' }],
    });
  const id = crypto.randomUUID();
  await inTransaction(ctx, async (tx) => {
    await insertFeed(tx.db, {
      id,
      columnId: column.id,
      name,
      url,
      intervalMinutes: input.intervalMinutes ?? 360,
      enabled: input.enabled ?? true,
      createdBy: tx.actor.id,
      createdAt: tx.now,
      updatedAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'portal.feed.create',
      objectType: 'portal_feed',
      objectId: id,
      detail: { column: column.code, name, url },
    });
  });
  return present(await mustFindFeed(ctx, id));
}

export async function updateFeed(
  ctx: Ctx,
  id: string,
  patch: Partial<Omit<FeedInput, 'columnId'>>,
): Promise<FeedView> {
  requirePermission(ctx.actor, 'portal:feeds');
  const f = await mustFindFeed(ctx, id);
  const changes = {
    name: patch.name === undefined ? undefined : patch.name.trim(),
    url: patch.url === undefined ? undefined : checkUrl(patch.url),
    intervalMinutes: patch.intervalMinutes,
    enabled: patch.enabled,
  };
  if (changes.name === '') throw fail('name', '请填写来源名称');
  await inTransaction(ctx, async (tx) => {
    await updateFeedRow(tx.db, id, {
      ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
      // A new address starts without the old one's cache validators.
      ...(changes.url && changes.url !== f.url ? { etag: null, lastModified: null } : {}),
      updatedAt: tx.now,
    });
    await recordAudit(tx, {
      action: 'portal.feed.update',
      objectType: 'portal_feed',
      objectId: id,
      detail: {
        changed: Object.keys(changes).filter((k) => changes[k as keyof typeof changes] !== undefined),
      },
    });
  });
  return present(await mustFindFeed(ctx, id));
}

/** Removes a subscription; drafts it brought in stay where they are. */
export async function removeFeed(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.actor, 'portal:feeds');
  const f = await mustFindFeed(ctx, id);
  await inTransaction(ctx, async (tx) => {
    await deleteFeedRow(tx.db, id);
    await recordAudit(tx, {
      action: 'portal.feed.delete',
      objectType: 'portal_feed',
      objectId: id,
      detail: { name: f.name, url: f.url },
    });
  });
}

// ---- fetching ----

export interface ImportResult {
  status: 'ok' | 'not-modified' | 'error';
  entries: number;
  imported: number;
  duplicates: number;
  error: string | null;
}

// Drafts are written by the platform on behalf of the subscription, not by whoever pressed the button.
const COLLECTOR = { ...SYSTEM, username: 'feeds', displayName: '信息采集' };

function bodyOf(entry: FeedEntry, feed: FeedWithColumn): string {
  const link = `<p>原文链接：<a href="${entry.url.replace(/"/g, '&quot;')}">${feed.name}</a></p>`;
  return entry.html.trim() ? `${entry.html}${link}` : link;
}

async function importEntry(
  ctx: Ctx,
  feed: FeedWithColumn,
  entry: FeedEntry,
): Promise<'imported' | 'duplicate' | 'seen'> {
  const url = normalizeEntryUrl(entry.url);
  const title = entry.title.replace(/\s+/g, ' ').trim().slice(0, 200);
  const titleHash = sm3(normalizeTitle(title));
  const base = { feedId: feed.id, url, titleHash, title, publishedAt: entry.publishedAt, fetchedAt: ctx.now };
  // The same story already on the site: reposted by hand from this address, or under another address.
  const byUrl = await findArticleByOriginUrl(ctx.db, url);
  const byTitle = byUrl ? undefined : await findItemByTitleHash(ctx.db, titleHash);
  const sameTitle =
    byUrl || byTitle
      ? undefined
      : (await recentTitlesIn(ctx.db, feed.columnId, new Date(ctx.now.getTime() - TITLE_WINDOW_MS))).find(
          (a) => sm3(normalizeTitle(a.title)) === titleHash,
        );
  const duplicateOf = byUrl ?? (byTitle ? (byTitle.articleId ?? byTitle.duplicateOf ?? null) : sameTitle?.id);
  if (byUrl || byTitle || sameTitle) {
    const row = await insertItem(ctx.db, { ...base, status: 'duplicate', duplicateOf: duplicateOf ?? null });
    return row ? 'duplicate' : 'seen';
  }
  return inTransaction({ ...ctx, actor: COLLECTOR }, async (tx) => {
    const item = await insertItem(tx.db, { ...base, status: 'queued' });
    if (!item) return 'seen';
    const article = await createArticle(tx, {
      columnId: feed.columnId,
      title,
      bodyHtml: bodyOf(entry, feed),
      source: feed.name,
      author: entry.author?.slice(0, 100) ?? null,
      date: entry.publishedAt ? chinaDayOf(entry.publishedAt) : null,
      origin: 'reposted',
      originName: feed.name,
      originUrl: entry.url.slice(0, 1000),
      note: `信息采集自 ${feed.name}`,
    });
    await updateItem(tx.db, item.id, { articleId: article.id });
    return 'imported';
  });
}

/** Fetches one feed and queues its new entries. Never throws: the result says what happened. */
export async function importFeed(
  ctx: Ctx,
  feed: FeedWithColumn,
  options: FetchOptions = {},
): Promise<ImportResult> {
  const result: ImportResult = { status: 'ok', entries: 0, imported: 0, duplicates: 0, error: null };
  let validators: { etag?: string | null; lastModified?: string | null } = {};
  try {
    const fetched = await fetchFeed(feed.url, {
      etag: feed.etag,
      lastModified: feed.lastModified,
      allowPrivate: await getSetting(ctx, FEEDS_ALLOW_PRIVATE),
      ...options,
    });
    if (fetched.status === 'not-modified') result.status = 'not-modified';
    else {
      validators = { etag: fetched.etag, lastModified: fetched.lastModified };
      const parsed = parseFeed(fetched.body, feed.url);
      result.entries = parsed.entries.length;
      // Oldest first, so the queue reads in the source's order; only entries not seen before count.
      const seen = new Set(
        (
          await findItemsByUrl(
            ctx.db,
            parsed.entries.map((e) => normalizeEntryUrl(e.url)),
          )
        ).map((i) => i.url),
      );
      const fresh = parsed.entries
        .filter((e) => !seen.has(normalizeEntryUrl(e.url)))
        .sort((a, b) => (a.publishedAt?.getTime() ?? 0) - (b.publishedAt?.getTime() ?? 0))
        .slice(-MAX_NEW_PER_FETCH);
      for (const entry of fresh) {
        const outcome = await importEntry(ctx, feed, entry);
        if (outcome === 'imported') result.imported++;
        else if (outcome === 'duplicate') result.duplicates++;
      }
    }
  } catch (err) {
    result.status = 'error';
    result.error = ((err as Error).message || '抓取失败').slice(0, 500);
  }
  await inTransaction(ctx, async (tx) => {
    await updateFeedRow(tx.db, feed.id, {
      lastFetchedAt: tx.now,
      lastStatus: result.status,
      lastError: result.error,
      lastNew: result.imported,
      ...(result.status === 'ok' ? validators : {}),
    });
    await recordAudit(tx, {
      action: 'portal.feed.fetch',
      objectType: 'portal_feed',
      objectId: feed.id,
      result: result.status === 'error' ? 'failure' : 'success',
      detail: { ...result },
    });
  });
  return result;
}

/** 立即抓取. */
export async function fetchFeedNow(ctx: Ctx, id: string, options: FetchOptions = {}): Promise<ImportResult> {
  requirePermission(ctx.actor, 'portal:feeds');
  return importFeed(ctx, await mustFindFeed(ctx, id), options);
}

/** The job: every enabled feed whose interval has passed, one after another. */
export async function importDueFeeds(ctx: Ctx, options: FetchOptions & { log?: Log } = {}): Promise<number> {
  let n = 0;
  for (const feed of await dueFeeds(ctx.db, ctx.now)) {
    const r = await importFeed({ ...ctx, now: ctx.deps.now() }, feed, options);
    if (r.status === 'error') options.log?.warn({ feed: feed.url, error: r.error }, '信息采集抓取失败');
    n += r.imported;
  }
  return n;
}

// ---- the review queue ----

export interface QueueItemView {
  id: string;
  status: FeedItemStatus;
  statusLabel: string;
  title: string;
  url: string;
  publishedAt: string | null;
  fetchedAt: string;
  feedId: string;
  feedName: string;
  columnId: string;
  columnName: string;
  articleId: string | null;
  articleStatus: string | null;
  duplicateOf: string | null;
}

export async function listFeedItems(
  ctx: Ctx,
  input: { status?: FeedItemStatus; feedId?: string; page: number; pageSize: number },
): Promise<{ total: number; items: QueueItemView[] }> {
  requirePermission(ctx.actor, 'portal:feeds');
  const status = input.status ?? 'queued';
  const { total, rows } = await listItemRows(ctx.db, {
    status,
    feedId: input.feedId,
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return {
    total,
    items: rows.map((r) => ({
      id: r.item.id,
      status: r.item.status,
      statusLabel: FEED_ITEM_STATUS_LABELS[r.item.status],
      title: r.articleTitle ?? r.item.title,
      url: r.item.url,
      publishedAt: r.item.publishedAt?.toISOString() ?? null,
      fetchedAt: r.item.fetchedAt.toISOString(),
      feedId: r.item.feedId,
      feedName: r.feedName,
      columnId: r.columnId,
      columnName: r.columnName,
      articleId: r.item.articleId,
      articleStatus: r.articleStatus,
      duplicateOf: r.item.duplicateOf,
    })),
  };
}

async function mustFindQueued(ctx: Ctx, id: string) {
  const item = await findItem(ctx.db, id);
  if (!item) throw notFound('FEED_ITEM_NOT_FOUND', '采集条目不存在');
  if (item.status !== 'queued')
    throw new AppError('CONFLICT', {
      message: `该条目${FEED_ITEM_STATUS_LABELS[item.status]}，不在审核队列中`,
    });
  return item;
}

/**
 * 采用: sends the draft to the normal review (送审) as the person who accepts it; they need
 * portal:edit on the column like any editor. Publication still goes through review.
 */
export async function acceptFeedItem(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.actor, 'portal:feeds');
  const item = await mustFindQueued(ctx, id);
  if (!item.articleId) throw new AppError('CONFLICT', { message: '该条目的草稿已被删除' });
  const articleId = item.articleId;
  await inTransaction(ctx, async (tx) => {
    await submitArticle(tx, articleId, { comment: '信息采集条目，经审核队列采用' });
    await updateItem(tx.db, id, { status: 'accepted' });
    await recordAudit(tx, {
      action: 'portal.feed.accept',
      objectType: 'portal_feed_item',
      objectId: id,
      detail: { articleId },
    });
  });
}

/** 舍弃: deletes the draft; the entry stays known, so the next fetch does not bring it back. */
export async function discardFeedItem(ctx: Ctx, id: string): Promise<void> {
  requirePermission(ctx.actor, 'portal:feeds');
  const item = await mustFindQueued(ctx, id);
  await inTransaction(ctx, async (tx) => {
    if (item.articleId)
      await deleteArticle({ ...tx, actor: COLLECTOR }, item.articleId).catch((err: AppError) => {
        // A draft someone already published cannot be deleted: leave it, only take it off the queue.
        if (err.code !== 'CONFLICT' && err.code !== 'ARTICLE_NOT_FOUND') throw err;
      });
    await updateItem(tx.db, id, { status: 'discarded', articleId: null });
    await recordAudit(tx, {
      action: 'portal.feed.discard',
      objectType: 'portal_feed_item',
      objectId: id,
      detail: { title: item.title },
    });
  });
}
