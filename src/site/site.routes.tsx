// The public website's own routes: the home page, the reading-aid switch, the static assets, and
// the Chinese 404 page for browsers. Listed last in app.ts so every module's pages come first.
import fastifyStatic from '@fastify/static';
import { Type } from '@sinclair/typebox';
import { setHtmlNotFoundPage } from '../platform/http/problem.ts';
import type { Module } from '../platform/module.ts';
import { ASSETS_DIR, resolveAsset } from './assets.ts';
import { SITE_HOME_SECTIONS, sendHomePage } from './home.tsx';
import { registerInfoPages } from './info-pages.tsx';
import { pageCacheFor } from './page-cache.ts';
import { onPageViewError } from './page-views.ts';
import { AID_COOKIE, AID_MODES, applyAidMode, parseAid, safeBackPath, serializeAid } from './reading-aid.ts';
import { renderNotFoundPage } from './render.tsx';
import { listenForSiteChanges } from './site-listener.ts';

const AidQuery = Type.Object(
  {
    mode: Type.Union(
      AID_MODES.map((m) => Type.Literal(m)),
      { description: '阅读辅助模式' },
    ),
    back: Type.Optional(Type.String({ maxLength: 2000, description: '返回的站内路径' })),
  },
  { additionalProperties: false },
);

const AssetParams = Type.Object(
  { file: Type.String({ maxLength: 100, pattern: '^[a-z0-9.-]+$' }) },
  { additionalProperties: false },
);

const YEAR_SECONDS = 31_536_000;

const SiteReply = Type.Object(
  {
    name: Type.String({ description: '网站名称 / 部门名称（设置 SITE_NAME）' }),
    sponsor: Type.String({ description: '主办单位' }),
  },
  { additionalProperties: false },
);

export const siteModule: Module = {
  name: 'site',
  site: { nav: [{ href: '/', label: '首页', order: 0 }], homeSections: SITE_HOME_SECTIONS },
  async register(app, deps) {
    // The page cache's bounds, and other instances' changes: LISTEN on PostgreSQL (PGlite has none).
    const cache = pageCacheFor(deps.database);
    cache.configure({
      maxBytes: deps.config.PAGE_CACHE_MAX_MB * 1024 * 1024,
      maxPages: deps.config.PAGE_CACHE_MAX_PAGES,
    });
    const listener = listenForSiteChanges(deps.database, cache, app.log);
    app.addHook('onClose', () => listener.close());
    onPageViewError((err, name) => app.log.error({ err, listener: name }, 'page view listener failed'));

    await app.register(fastifyStatic, {
      root: ASSETS_DIR,
      prefix: '/assets/',
      serve: false,
      decorateReply: true,
    });

    // /assets/site.<hash>.css: the name changes with the content, so it may be cached for a year.
    app.get('/assets/:file', { schema: { hide: true, params: AssetParams } }, async (request, reply) => {
      const asset = resolveAsset(request.params.file);
      if (!asset) return reply.callNotFound();
      reply.header(
        'cache-control',
        asset.current ? `public, max-age=${YEAR_SECONDS}, immutable` : 'public, max-age=300',
      );
      return reply.sendFile(asset.file, ASSETS_DIR, { cacheControl: false });
    });

    // The department's name for the workbench's header and sign-in page: said once, in SITE_NAME.
    app.get(
      '/api/public/site',
      {
        schema: { tags: ['门户网站'], summary: '网站与部门名称（公开）', response: { 200: SiteReply } },
        config: { public: true },
      },
      async (_request, reply) => {
        reply.header('cache-control', 'public, max-age=300');
        return { name: deps.config.SITE_NAME, sponsor: deps.config.SITE_SPONSOR };
      },
    );

    app.get('/', { schema: { hide: true } }, sendHomePage);
    registerInfoPages(app);

    // 阅读辅助: a plain link sets the preference and sends the reader back to the page.
    app.get('/site/aid', { schema: { hide: true, querystring: AidQuery } }, async (request, reply) => {
      const next = applyAidMode(parseAid(request.cookies[AID_COOKIE]), request.query.mode);
      const value = serializeAid(next);
      const secure =
        deps.config.COOKIE_SECURE === 'auto' ? request.protocol === 'https' : deps.config.COOKIE_SECURE;
      if (value === null) reply.clearCookie(AID_COOKIE, { path: '/' });
      else
        reply.setCookie(AID_COOKIE, value, {
          path: '/',
          maxAge: YEAR_SECONDS,
          httpOnly: true,
          // Lax, so the preference also applies when a reader arrives by a link from another site.
          sameSite: 'lax',
          secure,
        });
      reply.header('cache-control', 'no-store');
      return reply.redirect(safeBackPath(request.query.back), 303);
    });

    setHtmlNotFoundPage(app, (_request, reply) => renderNotFoundPage(reply));
  },
};
