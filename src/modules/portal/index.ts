// The portal (门户网站): the column tree, articles with editions, review and publication, the public
// pages (cached, invalidated on publish) and the site search other modules add their content to.
// Other modules and the portal's operations (freshness, statistics, feeds, board) use this file only:
// the tables (read them for reports), columns, articles and the workflow, the search registry, and
// the factories the demo data and tests share. (The page cache and the page views are the site's:
// src/site/index.ts.)

export { ORIGIN_LABELS } from './article-content.ts';
export { ARTICLE_SEARCH_SOURCE } from './article-index.ts';
export { findByExternalKey } from './articles.repository.ts';
export {
  type ArticleDetail,
  type ArticleSummary,
  createArticle,
  deleteArticle,
  getArticle,
  listArticles,
  type NewArticleInput,
  STATUS_LABELS,
  updateArticle,
} from './articles.service.ts';
export {
  type ColumnActivity,
  type ColumnWithUnit,
  columnActivity,
  findColumnByCode,
  listColumnRows,
} from './columns.repository.ts';
export {
  COLUMN_CATEGORY_LABELS,
  COLUMN_KIND_LABELS,
  type ColumnView,
  getColumn,
  listColumns,
  mustFindColumn,
  requirePortalStaff,
} from './columns.service.ts';
export { type ColumnDef, DEMO_CITIES, DEMO_COLUMNS } from './demo/columns.data.ts';
export { loadPortalDemoIfEmpty, type PortalDemo, seedPortalDemo } from './demo/portal.demo.ts';
export { type ArticleSpec, type ColumnTree, makeArticles, makeColumns } from './portal.factories.ts';
export { portalModule } from './portal.module.ts';
export { mayInColumn, requireInColumn } from './portal.policy.ts';
export { INFO_CENTRE_UNIT } from './portal.settings.ts';
export {
  ARTICLE_ORIGINS,
  ARTICLE_STATUSES,
  type ArticleOrigin,
  type ArticleStatus,
  type AttachmentRef,
  COLUMN_CATEGORIES,
  COLUMN_KINDS,
  type ColumnCategory,
  type ColumnKind,
  portalArticleEditions,
  portalArticles,
  portalArticleViews,
  portalColumns,
} from './portal.table.ts';
export { extractLinks, htmlToText, sanitizeBody } from './sanitize.ts';
export { articleHref, columnHref } from './site/pages.tsx';
export { type PublicColumn, publicTree } from './site/public.service.ts';
export { flushArticleViews } from './site/views.ts';
export {
  publishArticle,
  publishUnreviewed,
  reviewArticle,
  runScheduledPublishing,
  submitArticle,
  unpublishArticle,
  withdrawArticle,
} from './workflow.service.ts';
