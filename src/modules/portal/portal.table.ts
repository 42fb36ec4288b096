import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { units } from '../org/org.table.ts';

// ---- columns (栏目) ----

// list 文章列表 / page 单页 / link 外部链接 / module 模块页面（如网上办事、政务公开）
export const COLUMN_KINDS = ['list', 'page', 'link', 'module'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

// What the national inspection counts a column as (DOMAIN §6): news 动态类 (2 weeks),
// notice 通知公告类 and policy 政策文件类 (6 months), general 其他.
export const COLUMN_CATEGORIES = ['news', 'notice', 'policy', 'general'] as const;
export type ColumnCategory = (typeof COLUMN_CATEGORIES)[number];

/** Column codes: the URL segment, lower-case letters and digits in groups joined by '-'. */
export const COLUMN_CODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

export const portalColumns = pgTable(
  'portal_columns',
  {
    id: uuid().primaryKey().defaultRandom(),
    parentId: uuid().references((): AnyPgColumn => portalColumns.id),
    // The URL segment (/columns/<code>) and the stable key for imports: lower-case letters, digits, '-'.
    code: text().notNull().unique(),
    name: text().notNull(),
    // 1, 2 or 3: the tree is at most three levels deep.
    level: integer().notNull(),
    // Materialized path of ids, '/a/b/c/', so a column's subtree is one prefix match.
    path: text().notNull(),
    kind: text().$type<ColumnKind>().notNull().default('list'),
    // link: the address; module: the module page key ('services', 'openness', …).
    target: text(),
    category: text().$type<ColumnCategory>().notNull().default('general'),
    // The unit that keeps the column up to date (责任单位); its editors write here.
    responsibleUnitId: uuid()
      .notNull()
      .references(() => units.id),
    // Update rule: at least one new article every N days; null = no rule (static pages, links).
    updateDays: integer(),
    // Review steps before publication: 1 (审核) or 2 (初审 + 复审).
    reviewSteps: integer().notNull().default(1),
    sort: integer().notNull().default(0),
    visible: boolean().notNull().default(true),
    // The meta description of the column page.
    description: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('portal_columns_parent_idx').on(t.parentId, t.sort),
    index('portal_columns_unit_idx').on(t.responsibleUnitId),
    index('portal_columns_path_idx').on(t.path),
  ],
);

// ---- articles (稿件) ----

// The workflow of the working copy: draft 草稿 → submitted 待审 → reviewed 已审 → scheduled 定时 /
// published 已发布; offline 已下线 (taken off, may be revised and published again); withdrawn 已撤回
// (taken off with a public notice; final).
export const ARTICLE_STATUSES = [
  'draft',
  'submitted',
  'reviewed',
  'scheduled',
  'published',
  'offline',
  'withdrawn',
] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

// original 原创 / shared 网刊共享 (from an internal publication) / reposted 转载 (from the internet)
export const ARTICLE_ORIGINS = ['original', 'shared', 'reposted'] as const;
export type ArticleOrigin = (typeof ARTICLE_ORIGINS)[number];

export interface AttachmentRef {
  fileId: string;
  /** The title shown to readers (and searched). */
  title: string;
  size: number;
  mime: string;
}

/** The content of an article: the working copy on the article row, and every edition. */
const content = {
  title: text().notNull(),
  subtitle: text(),
  source: text(), // 来源 (e.g. 省林业局办公室)
  author: text(), // 作者
  // The article's own date (成文/发布日期); null = the day it was first published.
  date: date({ mode: 'string' }),
  bodyHtml: text().notNull().default(''), // sanitized on save
  bodyText: text().notNull().default(''), // the body as plain text (snippets, descriptions)
  summary: text(), // meta description; null = the start of the body
  coverFileId: uuid(),
  attachments: jsonb().$type<AttachmentRef[]>().notNull().default([]),
  tags: jsonb().$type<string[]>().notNull().default([]),
  origin: text().$type<ArticleOrigin>().notNull().default('original'),
  // reposted: the source site's name and the address (both required); shared: the publication and issue.
  originName: text(),
  originUrl: text(),
};

export const portalArticles = pgTable(
  'portal_articles',
  {
    id: uuid().primaryKey().defaultRandom(),
    columnId: uuid()
      .notNull()
      .references(() => portalColumns.id),
    ...content,
    status: text().$type<ArticleStatus>().notNull().default('draft'),
    // The latest edition (the working copy) and the one the public sees (null = not public).
    edition: integer().notNull().default(1),
    liveEdition: integer(),
    // Review of the current round: steps the column required when submitted, approvals so far.
    reviewSteps: integer().notNull().default(1),
    reviewsDone: integer().notNull().default(0),
    // Published without review (portal:publish-unreviewed): marked for the information centre.
    unreviewed: boolean().notNull().default(false),
    unreviewedReason: text(),
    // Scheduling: publish and take off at set times (the publishing job acts on them).
    publishAt: timestamp({ withTimezone: true }),
    unpublishAt: timestamp({ withTimezone: true }),
    firstPublishedAt: timestamp({ withTimezone: true }),
    // The last time the public content changed (publication or revision).
    publishedAt: timestamp({ withTimezone: true }),
    publishedBy: uuid(),
    withdrawnAt: timestamp({ withTimezone: true }),
    withdrawnReason: text(),
    // Where a reposted or shared article came from, for duplicate detection (feeds, 网刊).
    externalKey: text(),
    // Pinned to the top of its column and the home headlines (置顶).
    pinned: boolean().notNull().default(false),
    createdBy: uuid(),
    createdByName: text(),
    updatedBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
    updatedAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('portal_articles_column_idx').on(t.columnId, t.status),
    index('portal_articles_live_idx').on(t.columnId, t.publishedAt),
    index('portal_articles_status_idx').on(t.status),
    uniqueIndex('portal_articles_external_idx').on(t.externalKey),
  ],
);

/** Every saved version of an article's content (版本), immutable. */
export const portalArticleEditions = pgTable(
  'portal_article_editions',
  {
    articleId: uuid()
      .notNull()
      .references(() => portalArticles.id, { onDelete: 'cascade' }),
    edition: integer().notNull(),
    ...content,
    note: text(),
    createdBy: uuid(),
    createdByName: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.edition] })],
);

/** Article views per China day, counted by the public pages (the statistics module extends this). */
export const portalArticleViews = pgTable(
  'portal_article_views',
  {
    articleId: uuid()
      .notNull()
      .references(() => portalArticles.id, { onDelete: 'cascade' }),
    day: date({ mode: 'string' }).notNull(),
    views: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] })],
);
