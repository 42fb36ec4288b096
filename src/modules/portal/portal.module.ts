// The portal module: its permissions, settings, error codes and audit names, the publishing job,
// the demo columns and articles, what it adds to the public site (home sections, the column
// navigation, the search page, the column and article pages), the staff API, the article view
// counter and its flush.
import { type ActionsOf, defineAuditActions } from '../../platform/audit/actions.ts';
import { type Deps, systemCtx } from '../../platform/context.ts';
import type { Job } from '../../platform/jobs/jobs.ts';
import type { Module } from '../../platform/module.ts';
import { registerSearchSource } from '../../platform/search/index.ts';
import { ARTICLE_SEARCH_SOURCE } from './article-index.ts';
import { onColumnsChange } from './columns.service.ts';
import { loadPortalDemoIfEmpty } from './demo/portal.demo.ts';
import { PORTAL_AUDIT_OBJECTS } from './portal.audit-objects.ts';
import { PORTAL_ERRORS } from './portal.errors.ts';
import { PORTAL_PERMISSIONS } from './portal.policy.ts';
import { registerPortalApi } from './portal.routes.tsx';
import { PORTAL_SETTINGS } from './portal.settings.ts';
import { columnNav, PORTAL_HOME_SECTIONS, warmColumnTree } from './site/home.tsx';
import { publicTree } from './site/public.service.ts';
import { registerPortalSite } from './site/site.routes.tsx';
import { flushArticleViews, registerArticleViewCounter } from './site/views.ts';
import { runScheduledPublishing } from './workflow.service.ts';

export const PORTAL_AUDIT = defineAuditActions({
  'portal.column.create': '新建栏目',
  'portal.column.update': '修改栏目',
  'portal.column.move': '移动栏目',
  'portal.column.delete': '删除栏目',
  'portal.article.create': '新建稿件',
  'portal.article.update': '修改稿件',
  'portal.article.delete': '删除稿件',
  'portal.article.submit': '提交稿件送审',
  'portal.article.approve': '审核通过稿件',
  'portal.article.reject': '退回稿件',
  'portal.article.schedule': '定时发布稿件',
  'portal.article.unschedule': '取消定时发布',
  'portal.article.publish': '发布稿件',
  'portal.article.publish-unreviewed': '未经审核发布稿件',
  'portal.article.unpublish': '下线稿件',
  'portal.article.withdraw': '撤回稿件',
  'portal.file.upload': '上传稿件附件或图片',
  'portal.docx.import': '导入 Word 文档',
});

declare module '../../platform/audit/actions.ts' {
  interface AuditActions extends ActionsOf<typeof PORTAL_AUDIT> {}
}

// 定时发布 / 定时下线: once a minute, whichever instance holds the lock.
const publishingJob: Job = {
  name: 'portal.publishing',
  lockId: 7_203_001,
  everyMs: 60_000,
  run: async (ctx, { log }) => {
    const done = await runScheduledPublishing(ctx);
    if (done.published.length || done.unpublished.length) log.info(done, 'scheduled publishing');
  },
};

// The column tree (and with it the navigation bar) is rebuilt before the column use case returns.
onColumnsChange(async (ctx) => {
  await publicTree(ctx);
});

const VIEW_FLUSH_MS = 5_000;

export const portalModule: Module = {
  name: 'portal',
  permissions: PORTAL_PERMISSIONS,
  settings: PORTAL_SETTINGS,
  errors: PORTAL_ERRORS,
  auditActions: PORTAL_AUDIT,
  auditObjects: PORTAL_AUDIT_OBJECTS,
  jobs: [publishingJob],
  demo: loadPortalDemoIfEmpty,
  site: {
    searchPage: '/search',
    sitemapPage: '/sitemap',
    homeSections: PORTAL_HOME_SECTIONS,
    navSources: { 'portal.columns': columnNav },
    pages: (app, deps) => registerPortalSite(app, deps.config),
  },
  async register(app, deps) {
    registerSearchSource(ARTICLE_SEARCH_SOURCE);
    // The article view counter, fed by the site's page views (cache hits included).
    registerArticleViewCounter();
    await registerPortalApi(app);
    const { database, ...rest } = deps;
    await warmColumnTree(systemCtx(database, rest as Deps));
    // Each instance writes the views it counted (a job would run on one instance only).
    const timer = setInterval(() => {
      flushArticleViews(database).catch((err) => app.log.warn({ err }, 'article views not written'));
    }, VIEW_FLUSH_MS);
    timer.unref();
    app.addHook('onClose', async () => {
      clearInterval(timer);
      await flushArticleViews(database).catch(() => undefined);
    });
  },
};
