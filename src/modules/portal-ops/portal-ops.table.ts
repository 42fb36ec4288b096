// Tables of the portal's operations (门户网站运维): link checks, visit statistics, feed subscriptions
// for reposting (信息采集) and the supply and demand board (供求信息). Columns and articles belong to
// the portal core (../portal/portal.table.ts); rows here point at them.
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { portalArticles, portalColumns } from '../portal/portal.table.ts';

// ---- broken-link checker (链接检查) ----

// ok 正常 / broken 失效 (4xx, 5xx, missing file) / timeout 超时 / error 无法连接 / skipped 未检查 / pending 待检查
export const LINK_STATUSES = ['pending', 'ok', 'broken', 'timeout', 'error', 'skipped'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

// body 正文链接 / image 正文图片 / attachment 附件 / origin 转载原文地址
export const LINK_KINDS = ['body', 'image', 'attachment', 'origin'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** One address found in published content, with the result of its last check. */
export const portalOpsLinks = pgTable(
  'portal_ops_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    // The absolute http(s) address, or 'attachment:<fileId>' for an uploaded attachment.
    url: text().notNull(),
    status: text().$type<LinkStatus>().notNull().default('pending'),
    httpStatus: integer(),
    // Where redirects ended, when they did.
    finalUrl: text(),
    redirects: integer().notNull().default(0),
    error: text(),
    checkedAt: timestamp({ withTimezone: true }),
    // Since when the link has been failing (null while it works).
    failingSince: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    uniqueIndex('portal_ops_links_url_idx').on(t.url),
    index('portal_ops_links_status_idx').on(t.status),
  ],
);

/** Which published articles contain a link (and how: body text, image, attachment, origin). */
export const portalOpsLinkRefs = pgTable(
  'portal_ops_link_refs',
  {
    linkId: uuid()
      .notNull()
      .references(() => portalOpsLinks.id, { onDelete: 'cascade' }),
    articleId: uuid()
      .notNull()
      .references(() => portalArticles.id, { onDelete: 'cascade' }),
    kind: text().$type<LinkKind>().notNull(),
    // The link text (or the attachment's title), as editors recognise it.
    label: text(),
  },
  (t) => [
    primaryKey({ columns: [t.linkId, t.articleId, t.kind] }),
    index('portal_ops_link_refs_article_idx').on(t.articleId),
  ],
);

/** One run of the checker: by hand (on demand) or nightly. */
export const portalOpsLinkRuns = pgTable('portal_ops_link_runs', {
  id: uuid().primaryKey().defaultRandom(),
  trigger: text().$type<'manual' | 'nightly'>().notNull(),
  startedBy: uuid(),
  startedAt: timestamp({ withTimezone: true }).notNull(),
  finishedAt: timestamp({ withTimezone: true }),
  articles: integer().notNull().default(0),
  links: integer().notNull().default(0),
  checked: integer().notNull().default(0),
  broken: integer().notNull().default(0),
  error: text(),
});

// ---- visit statistics (访问统计) ----

// site 全站 / column 栏目 (its page and its articles) / article 稿件 / page other public pages by path
export const STAT_SCOPES = ['site', 'column', 'article'] as const;
export type StatScope = (typeof STAT_SCOPES)[number];

/** Page views and unique visitors per China day and scope; targetId is '' for the whole site. */
export const portalOpsDailyStats = pgTable(
  'portal_ops_daily_stats',
  {
    day: date({ mode: 'string' }).notNull(),
    scope: text().$type<StatScope>().notNull(),
    targetId: text().notNull().default(''),
    views: integer().notNull().default(0),
    visitors: integer().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.scope, t.targetId] }),
    index('portal_ops_daily_stats_target_idx').on(t.scope, t.targetId, t.day),
  ],
);

/**
 * Today's visitor marks, only to count each visitor once per day and scope: an SM3 of the day's
 * random salt with the address and browser. Never the address itself; rows and the salt of past
 * days are deleted, so after midnight nobody (not even us) can tell who visited.
 */
export const portalOpsVisitorMarks = pgTable(
  'portal_ops_visitor_marks',
  {
    day: date({ mode: 'string' }).notNull(),
    scopeKey: text().notNull(),
    visitor: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.scopeKey, t.visitor] })],
);

/** The salt of the visitor hash, one per day; shared by every instance and deleted the next day. */
export const portalOpsDailySalts = pgTable('portal_ops_daily_salts', {
  day: date({ mode: 'string' }).primaryKey(),
  salt: text().notNull(),
});

// ---- reposting from the internet (信息采集) ----

/** A column's subscription to an RSS or Atom feed. */
export const portalOpsFeeds = pgTable(
  'portal_ops_feeds',
  {
    id: uuid().primaryKey().defaultRandom(),
    columnId: uuid()
      .notNull()
      .references(() => portalColumns.id),
    // The source's name shown as 出处 on reposted articles (e.g. 国家林业和草原局).
    name: text().notNull(),
    url: text().notNull(),
    intervalMinutes: integer().notNull().default(360),
    enabled: boolean().notNull().default(true),
    etag: text(),
    lastModified: text(),
    lastFetchedAt: timestamp({ withTimezone: true }),
    // ok / not-modified / error
    lastStatus: text(),
    lastError: text(),
    lastNew: integer().notNull().default(0),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [uniqueIndex('portal_ops_feeds_column_url_idx').on(t.columnId, t.url)],
);

// queued 已入审核队列 (a draft exists) / duplicate 重复未采集 / discarded 已舍弃 / accepted 已采用 (sent on)
export const FEED_ITEM_STATUSES = ['queued', 'duplicate', 'discarded', 'accepted'] as const;
export type FeedItemStatus = (typeof FEED_ITEM_STATUSES)[number];

/** Every entry a feed has delivered, kept so the same entry is never imported twice. */
export const portalOpsFeedItems = pgTable(
  'portal_ops_feed_items',
  {
    id: uuid().primaryKey().defaultRandom(),
    feedId: uuid()
      .notNull()
      .references(() => portalOpsFeeds.id, { onDelete: 'cascade' }),
    // The entry's address, normalized (no fragment, no tracking parameters).
    url: text().notNull(),
    // SM3 of the normalized title: the same story under another address is a duplicate too.
    titleHash: text().notNull(),
    title: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    status: text().$type<FeedItemStatus>().notNull(),
    articleId: uuid().references(() => portalArticles.id, { onDelete: 'set null' }),
    // For duplicates: the article it duplicates (when known).
    duplicateOf: uuid(),
    fetchedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('portal_ops_feed_items_url_idx').on(t.url),
    index('portal_ops_feed_items_title_idx').on(t.titleHash),
    index('portal_ops_feed_items_status_idx').on(t.status, t.fetchedAt),
  ],
);

// ---- supply and demand board (供求信息) ----

export const BOARD_KINDS = ['supply', 'demand'] as const;
export type BoardKind = (typeof BOARD_KINDS)[number];

// pending 待审核 / published 已发布 / rejected 未通过 / hidden 已屏蔽 (taken down by a moderator) /
// withdrawn 已撤下 (by its author)
export const BOARD_STATUSES = ['pending', 'published', 'rejected', 'hidden', 'withdrawn'] as const;
export type BoardStatus = (typeof BOARD_STATUSES)[number];

export const portalOpsBoardPosts = pgTable(
  'portal_ops_board_posts',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().$type<BoardKind>().notNull(),
    product: text().notNull(),
    quantity: numeric({ precision: 14, scale: 2 }).notNull(),
    unit: text().notNull(),
    // County-level division code (行政区划代码), e.g. 410122 中牟县.
    regionCode: text().notNull(),
    contactName: text().notNull(),
    // SM4 at rest; shown only to signed-in readers.
    contactPhoneEnc: text().notNull(),
    validUntil: date({ mode: 'string' }).notNull(),
    description: text().notNull().default(''),
    status: text().$type<BoardStatus>().notNull().default('pending'),
    authorId: uuid().notNull(),
    authorKind: text().notNull(),
    authorName: text().notNull(),
    moderatedBy: uuid(),
    moderatedByName: text(),
    moderatedAt: timestamp({ withTimezone: true }),
    moderationNote: text(),
    publishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('portal_ops_board_posts_public_idx').on(t.status, t.validUntil),
    index('portal_ops_board_posts_author_idx').on(t.authorId, t.createdAt),
  ],
);

// open 待处理 / upheld 举报属实 (the post is hidden) / dismissed 不予采纳
export const REPORT_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const portalOpsBoardReports = pgTable(
  'portal_ops_board_reports',
  {
    id: uuid().primaryKey().defaultRandom(),
    postId: uuid()
      .notNull()
      .references(() => portalOpsBoardPosts.id, { onDelete: 'cascade' }),
    reason: text().notNull(),
    detail: text().notNull().default(''),
    reporterId: uuid(),
    // Salted daily hash of the reporter's address (anonymous reports' rate limit); never the address.
    reporterMark: text(),
    status: text().$type<ReportStatus>().notNull().default('open'),
    handledBy: uuid(),
    handledByName: text(),
    handledAt: timestamp({ withTimezone: true }),
    note: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('portal_ops_board_reports_status_idx').on(t.status, t.createdAt),
    index('portal_ops_board_reports_mark_idx').on(t.reporterMark, t.createdAt),
  ],
);
