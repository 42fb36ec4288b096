// The portal's public pages: columns (/columns/<code>, with RSS), articles (/articles/<id>, print
// view, attachments), the site map (/sitemap and /sitemap.xml) and search (/search and its JSON
// twin). Pages come from the in-memory page cache when they can, with ETag / Last-Modified so a
// browser or a front proxy can revalidate cheaply (304).
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Config } from '../../../config.ts';
import { isValidDay } from '../../../platform/calendar/index.ts';
import { AppError, type FieldError } from '../../../platform/errors.ts';
import { contentDisposition, readFile } from '../../../platform/files/index.ts';
import type { App } from '../../../platform/module.ts';
import {
  listSearchSources,
  piecesToHtml,
  type SearchResult,
  searchSite,
} from '../../../platform/search/index.ts';
import {
  assetUrl,
  entryPagePath,
  type Rendered,
  renderDocument,
  renderNotFoundPage,
  renderPage,
  sendCached,
  titleWithErrors,
} from '../../../site/index.ts';
import { announceView } from '../../../site/page-views.ts';
import { SearchQuery, SearchResultView } from '../portal.schema.ts';
import { readArticleImage } from '../portal-files.service.ts';
import {
  ArticleBody,
  ArticlePageBody,
  articleDay,
  articleHref,
  ColumnListBody,
  columnHref,
  columnPageHref,
  OfflineBody,
  PortalStyles,
  SiteMapBody,
  WithdrawnBody,
} from './pages.tsx';
import {
  ancestry,
  columnArticles,
  isArticleImageLive,
  lookupArticle,
  type PublicColumn,
  pageArticle,
  publicTree,
  sitemapArticles,
} from './public.service.ts';
import { SearchPageBody, type SearchParams } from './search-page.tsx';

const PAGE_SIZE = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const HTML = 'text/html; charset=utf-8';

const html = (request: FastifyRequest, options: Parameters<typeof renderDocument>[1]): Rendered => ({
  status: options.status ?? 200,
  contentType: HTML,
  body: renderDocument(request, options),
});

function crumbs(tree: Awaited<ReturnType<typeof publicTree>>, column: PublicColumn, current?: string) {
  const chain = ancestry(tree, column);
  return [
    ...chain.map((c, i) =>
      i === chain.length - 1 && !current ? { label: c.name } : { label: c.name, href: columnHref(c.code) },
    ),
    ...(current ? [{ label: current }] : []),
  ];
}

const xmlEscape = (s: string) =>
  s.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!,
  );

function siteBase(config: Config, request: FastifyRequest): string {
  return config.PUBLIC_URL.replace(/\/+$/, '') || `${request.protocol}://${request.host}`;
}

const ColumnParams = Type.Object({ code: Type.String({ maxLength: 60 }) }, { additionalProperties: false });
const IdParams = Type.Object({ id: Type.String({ maxLength: 60 }) }, { additionalProperties: false });
const FileParams = Type.Object(
  { id: Type.String({ maxLength: 60 }), fileId: Type.String({ maxLength: 60 }) },
  { additionalProperties: false },
);
const AnyQuery = Type.Record(
  Type.String(),
  Type.Union([Type.String({ maxLength: 200 }), Type.Array(Type.String({ maxLength: 200 }))]),
);

export function registerPortalSite(app: App, config: Config): void {
  app.get(
    '/columns/:code',
    { schema: { hide: true, params: ColumnParams, querystring: AnyQuery } },
    async (request, reply) => {
      const ctx = request.ctx();
      const code = request.params.code;
      const q = request.query as Record<string, unknown>;
      const page =
        typeof q.page === 'string' && /^\d{1,5}$/.test(q.page)
          ? Number(q.page)
          : q.page === undefined
            ? 1
            : 0;
      const tree = CODE.test(code) ? await publicTree(ctx) : null;
      const column = tree?.byCode.get(code);
      if (!tree || !column || page < 1) return renderNotFoundPage(reply);
      if (column.kind === 'link' && column.target) return reply.redirect(column.target, 302);
      const modulePath = column.kind === 'module' ? entryPagePath(column.target) : null;
      if (modulePath) return reply.redirect(modulePath, 302);
      const sent = await sendCached(
        request,
        reply,
        ['page'],
        async () => {
          const top = ancestry(tree, column)[0];
          const description = column.description ?? `${config.SITE_NAME}门户网站“${column.name}”栏目。`;
          if (column.kind === 'page') {
            const article = await pageArticle(ctx, column);
            return html(request, {
              title: column.name,
              description: article?.summary ?? article?.bodyText.slice(0, 120) ?? description,
              breadcrumb: crumbs(tree, column),
              canonicalPath: columnHref(column.code),
              body: article ? (
                <>
                  <PortalStyles />
                  <ArticleBody article={{ ...article, title: column.name }} views={null} />
                </>
              ) : (
                <>
                  <h1>{column.name}</h1>
                  <p>本栏目内容正在整理中。</p>
                </>
              ),
            });
          }
          const { total, rows } = await columnArticles(ctx, column, page, PAGE_SIZE);
          const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
          if (page > pages) return null;
          return html(request, {
            title: page > 1 ? `${column.name}（第 ${page} 页）` : column.name,
            description,
            breadcrumb: crumbs(tree, column),
            canonicalPath: columnPageHref(column.code, page),
            body: (
              <ColumnListBody
                column={column}
                top={top}
                items={rows}
                page={page}
                pages={pages}
                total={total}
              />
            ),
          });
        },
        { view: { kind: 'column', columnId: column.id } },
      );
      if (!sent) return renderNotFoundPage(reply);
      return reply;
    },
  );

  app.get(
    '/columns/:code/rss.xml',
    { schema: { hide: true, params: ColumnParams, querystring: AnyQuery } },
    async (request, reply) => {
      const ctx = request.ctx();
      const tree = CODE.test(request.params.code) ? await publicTree(ctx) : null;
      const column = tree?.byCode.get(request.params.code);
      if (!column || column.kind === 'link' || column.kind === 'module') return renderNotFoundPage(reply);
      const base = siteBase(config, request);
      await sendCached(request, reply, [], async () => {
        const { rows } = await columnArticles(ctx, column, 1, 20);
        const items = rows
          .map(
            (a) =>
              `<item><title>${xmlEscape(a.title)}</title><link>${base}${articleHref(a.id)}</link><guid isPermaLink="true">${base}${articleHref(a.id)}</guid><pubDate>${a.firstPublishedAt.toUTCString()}</pubDate>${a.summary ? `<description>${xmlEscape(a.summary)}</description>` : ''}</item>`,
          )
          .join('');
        const body = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${xmlEscape(`${column.name} - ${config.SITE_NAME}`)}</title><link>${base}${columnHref(column.code)}</link><description>${xmlEscape(column.description ?? `${config.SITE_NAME}“${column.name}”栏目`)}</description><language>zh-cn</language>${items}</channel></rss>`;
        return { status: 200, contentType: 'application/rss+xml; charset=utf-8', body };
      });
      return reply;
    },
  );

  app.get(
    '/articles/:id',
    { schema: { hide: true, params: IdParams, querystring: AnyQuery } },
    async (request, reply) => {
      const ctx = request.ctx();
      const id = request.params.id;
      if (!UUID.test(id)) return renderNotFoundPage(reply);
      const sent = await sendCached(
        request,
        reply,
        [],
        async () => {
          const found = await lookupArticle(ctx, id);
          const tree = await publicTree(ctx);
          if (found.kind === 'missing') return null;
          if (found.kind !== 'live') {
            const column = tree.byId.get(found.columnId) ?? null;
            return html(request, {
              title: found.kind === 'withdrawn' ? '该信息已撤回' : '该信息已下线',
              description: '您访问的信息已不在本网站发布。',
              breadcrumb: [
                ...(column ? crumbs(tree, column, found.kind === 'withdrawn' ? '已撤回' : '已下线') : []),
              ],
              status: 404,
              canonicalPath: null,
              body:
                found.kind === 'withdrawn' ? (
                  <WithdrawnBody
                    title={found.title}
                    withdrawnAt={found.withdrawnAt}
                    reason={found.reason}
                    column={column}
                  />
                ) : (
                  <OfflineBody title={found.title} column={column} />
                ),
            });
          }
          const a = found.article;
          const column = tree.byId.get(a.columnId);
          return html(request, {
            title: a.title,
            description: a.summary ?? (a.bodyText.replace(/\s+/g, ' ').slice(0, 120) || a.title),
            breadcrumb: column ? crumbs(tree, column, '正文') : [{ label: '正文' }],
            canonicalPath: articleHref(a.id),
            body: <ArticlePageBody article={a} views={found.views} />,
          });
        },
        { view: { kind: 'article', articleId: id } },
      );
      if (!sent) return renderNotFoundPage(reply);
      return reply;
    },
  );

  app.get(
    '/articles/:id/print',
    { schema: { hide: true, params: IdParams, querystring: AnyQuery } },
    async (request, reply) => {
      const ctx = request.ctx();
      const id = request.params.id;
      if (!UUID.test(id)) return renderNotFoundPage(reply);
      const base = siteBase(config, request);
      const sent = await sendCached(
        request,
        reply,
        [],
        async () => {
          const found = await lookupArticle(ctx, id);
          if (found.kind !== 'live') return null;
          const a = found.article;
          const markup = renderToStaticMarkup(
            <html lang="zh-CN">
              <head>
                <meta charSet="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="robots" content="noindex" />
                <title>{`${a.title}（打印） - ${config.SITE_NAME}`}</title>
                <link rel="canonical" href={`${base}${articleHref(a.id)}`} />
                <link rel="stylesheet" href={assetUrl('site.css')} />
                <link rel="stylesheet" href={assetUrl('portal.css')} />
              </head>
              <body>
                <main className="container print-page">
                  <p className="link-note">{config.SITE_NAME}</p>
                  <ArticleBody article={a} views={null} print />
                  <p className="link-note">
                    本文地址：{base}
                    {articleHref(a.id)}（{articleDay(a)}）
                  </p>
                  <p className="link-note">请使用浏览器的“打印”功能打印本页。</p>
                </main>
              </body>
            </html>,
          );
          return { status: 200, contentType: HTML, body: `<!DOCTYPE html>${markup}` };
        },
        { view: { kind: 'print', articleId: id } },
      );
      if (!sent) return renderNotFoundPage(reply);
      return reply;
    },
  );

  // Attachments and cover images of live articles only: a file is public because a published
  // article shows it, never because someone knows its id.
  app.get(
    '/articles/:id/files/:fileId',
    { schema: { hide: true, params: FileParams } },
    async (request, reply) => {
      const ctx = request.ctx();
      const { id, fileId } = request.params;
      if (!UUID.test(id) || !UUID.test(fileId)) return renderNotFoundPage(reply);
      const found = await lookupArticle(ctx, id);
      if (found.kind !== 'live') return renderNotFoundPage(reply);
      const a = found.article;
      const attachment = a.attachments.find((f) => f.fileId === fileId);
      if (!attachment && a.coverFileId !== fileId) return renderNotFoundPage(reply);
      try {
        const { file, data } = await readFile(ctx, fileId);
        const name = attachment
          ? `${attachment.title.replace(/\.(pdf|jpe?g|png)$/i, '')}.${file.fileName.split('.').pop()}`
          : file.fileName;
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', contentDisposition(name, true))
          .header('cache-control', 'public, max-age=86400')
          .header('etag', `"${file.sha256.slice(0, 32)}"`)
          .send(data);
      } catch (err) {
        if (err instanceof AppError && (err.status === 404 || err.status === 410))
          return renderNotFoundPage(reply);
        throw err;
      }
    },
  );

  // Body images (正文图片): for the public while a live article shows them, for staff always
  // (the editor and the preview show them before publication).
  app.get(
    '/article-images/:fileId',
    { schema: { hide: true, params: Type.Object({ fileId: Type.String() }) } },
    async (request, reply) => {
      const ctx = request.ctx();
      const { fileId } = request.params;
      if (!UUID.test(fileId)) return renderNotFoundPage(reply);
      try {
        const { file, data, staff } = await readArticleImage(ctx, fileId, (id) =>
          isArticleImageLive(ctx, id),
        );
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', contentDisposition(file.fileName, true))
          .header('cache-control', staff ? 'private, no-store' : 'public, max-age=86400')
          .header('etag', `"${file.sha256.slice(0, 32)}"`)
          .send(data);
      } catch (err) {
        if (err instanceof AppError && (err.status === 404 || err.status === 410))
          return renderNotFoundPage(reply);
        throw err;
      }
    },
  );

  app.get('/sitemap', { schema: { hide: true, querystring: AnyQuery } }, async (request, reply) => {
    const ctx = request.ctx();
    await sendCached(
      request,
      reply,
      [],
      async () => {
        const tree = await publicTree(ctx);
        return html(request, {
          title: '网站地图',
          description: `${config.SITE_NAME}门户网站全部栏目。`,
          breadcrumb: [{ label: '网站地图' }],
          body: <SiteMapBody tree={tree} />,
        });
      },
      { view: { kind: 'sitemap' } },
    );
    return reply;
  });

  app.get('/sitemap.xml', { schema: { hide: true, querystring: AnyQuery } }, async (request, reply) => {
    const ctx = request.ctx();
    const base = siteBase(config, request);
    await sendCached(request, reply, [], async () => {
      const tree = await publicTree(ctx);
      const urls = [
        `<url><loc>${base}/</loc><changefreq>daily</changefreq></url>`,
        ...[...tree.byId.values()]
          .filter((c) => c.kind === 'list' || c.kind === 'page')
          .map((c) => `<url><loc>${base}${columnHref(c.code)}</loc></url>`),
        ...(await sitemapArticles(ctx)).map(
          (a) =>
            `<url><loc>${base}${articleHref(a.id)}</loc><lastmod>${a.publishedAt.toISOString()}</lastmod></url>`,
        ),
      ];
      return {
        status: 200,
        contentType: 'application/xml; charset=utf-8',
        body: `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`,
      };
    });
    return reply;
  });

  app.get('/search', { schema: { hide: true, querystring: AnyQuery } }, async (request, reply) => {
    const ctx = request.ctx();
    const raw = request.query as Record<string, unknown>;
    const str = (k: string) => (typeof raw[k] === 'string' ? (raw[k] as string).trim() : '');
    const params: SearchParams = {
      q: str('q'),
      within: str('within'),
      source: str('source'),
      column: str('column'),
      from: str('from'),
      to: str('to'),
      page: /^\d{1,4}$/.test(str('page')) ? Math.max(1, Number(str('page'))) : 1,
    };
    const tree = await publicTree(ctx);
    const sources = listSearchSources().map((s) => ({ name: s.name, label: s.label }));
    const errors: FieldError[] = [];
    if (params.source && !sources.some((s) => s.name === params.source))
      errors.push({ field: 'source', message: '类型：请从列表中选择' });
    if (params.q.length > 100) errors.push({ field: 'q', message: '搜索词最多 100 个字' });
    if (params.from && !isValidDay(params.from))
      errors.push({ field: 'from', message: '起始日期应为有效日期，如 2026-01-31' });
    if (params.to && !isValidDay(params.to))
      errors.push({ field: 'to', message: '截止日期应为有效日期，如 2026-12-31' });
    if (!errors.length && params.from && params.to && params.from > params.to)
      errors.push({ field: 'to', message: '截止日期不能早于起始日期' });
    const column = params.column ? tree.byCode.get(params.column) : undefined;
    let result: SearchResult | null = null;
    if (!errors.length && (params.q || params.within)) {
      result = await searchSite(ctx, {
        q: params.q,
        within: params.within,
        source: params.source || undefined,
        columnPath: column?.path,
        from: params.from || undefined,
        to: params.to || undefined,
        page: params.page,
        pageSize: 10,
      });
      if (result.terms.length === 0)
        errors.push({ field: 'q', message: '请输入有实际意义的搜索词（如“采伐许可”）' });
    }
    const columnNames = new Map([...tree.byId.values()].map((c) => [c.id, c.name]));
    announceView({
      kind: 'search',
      path: request.url,
      status: errors.length ? 400 : 200,
      at: ctx.now,
      ip: request.ip,
      headers: request.headers,
      database: ctx.database,
    });
    reply.header('cache-control', 'no-store');
    return renderPage(reply, {
      title: titleWithErrors(params.q ? `搜索：${params.q}` : '站内搜索', errors),
      description: `在${config.SITE_NAME}门户网站中搜索信息。`,
      breadcrumb: [{ label: '站内搜索' }],
      status: errors.length ? 400 : 200,
      canonicalPath: null,
      body: (
        <SearchPageBody
          params={params}
          tree={tree}
          sources={sources}
          result={result}
          errors={errors}
          columnNames={columnNames}
        />
      ),
    });
  });

  app.get(
    '/api/portal/public/search',
    {
      config: { public: true },
      schema: {
        tags: ['门户网站'],
        summary: '站内搜索（公开）：中文分词、排序、高亮，按栏目与日期筛选，可在结果中搜索',
        querystring: SearchQuery,
        response: { 200: SearchResultView },
      },
    },
    async (request) => {
      const ctx = request.ctx();
      const q = request.query;
      const tree = await publicTree(ctx);
      const column = q.column ? tree.byCode.get(q.column) : undefined;
      if (q.column && !column)
        throw new AppError('VALIDATION_FAILED', {
          message: '栏目不存在',
          errors: [{ field: 'column', message: '栏目不存在' }],
        });
      if (q.source && !listSearchSources().some((s) => s.name === q.source))
        throw new AppError('VALIDATION_FAILED', {
          message: '没有这种类型的搜索结果',
          errors: [{ field: 'source', message: '类型：没有这种类型的搜索结果' }],
        });
      const result = await searchSite(ctx, { ...q, columnPath: column?.path });
      return {
        q: result.q,
        within: result.within,
        terms: result.terms,
        total: result.total,
        totalExact: result.totalExact,
        page: result.page,
        pageSize: result.pageSize,
        items: result.items.map((h) => ({
          source: h.source,
          sourceLabel: h.sourceLabel,
          url: h.url,
          title: h.title.map((p) => p.text).join(''),
          titleHtml: piecesToHtml(h.title),
          snippetHtml: piecesToHtml(h.snippet),
          extraHtml: h.extra ? piecesToHtml(h.extra) : null,
          day: h.day,
          columnName: h.columnId ? (tree.byId.get(h.columnId)?.name ?? null) : null,
        })),
      };
    },
  );
}
