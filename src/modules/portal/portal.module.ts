// The portal module's registration: the staff API, the public pages, the home sections and
// navigation, the search page and its first source (articles), the article view counter (fed by
// the site's page views), the publishing job and the view-count flush.
import { type Deps, systemCtx } from '../../platform/context.ts';
import { registerJob } from '../../platform/jobs/jobs.ts';
import type { Module } from '../../platform/module.ts';
import { registerSearchSource } from '../../platform/search/index.ts';
import { registerSearchPage } from '../../site/index.ts';
import { ARTICLE_SEARCH_SOURCE } from './article-index.ts';
import { onColumnsChange } from './columns.service.ts';
import { registerPortalApi } from './portal.routes.tsx';
import { registerColumnNav, registerPortalHome } from './site/home.tsx';
import { publicTree } from './site/public.service.ts';
import { registerPortalSite } from './site/site.routes.tsx';
import { flushArticleViews, registerArticleViewCounter } from './site/views.ts';
import { runScheduledPublishing } from './workflow.service.ts';

registerSearchPage('/search');
registerPortalHome();
registerArticleViewCounter();

// 定时发布 / 定时下线: once a minute, whichever instance holds the lock.
registerJob({
  name: 'portal.publishing',
  lockId: 7_203_001,
  everyMs: 60_000,
  run: async (ctx, { log }) => {
    const done = await runScheduledPublishing(ctx);
    if (done.published.length || done.unpublished.length) log.info(done, 'scheduled publishing');
  },
});

// The column tree (and with it the navigation bar) is rebuilt before the column use case returns.
onColumnsChange(async (ctx) => {
  await publicTree(ctx);
});

const VIEW_FLUSH_MS = 5_000;

export const portalModule: Module = {
  name: 'portal',
  async register(app, deps) {
    registerSearchSource(ARTICLE_SEARCH_SOURCE);
    await registerPortalApi(app);
    registerPortalSite(app, deps.config);
    const { database, ...rest } = deps;
    await registerColumnNav(systemCtx(database, rest as Deps));
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
