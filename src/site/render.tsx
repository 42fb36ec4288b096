// renderPage: any module's public page, rendered on the server inside the site's layout.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Config } from '../config.ts';
import { type Crumb, Layout, type SignedInAccount } from './layout.tsx';
import { AID_COOKIE, parseAid } from './reading-aid.ts';
import { listNavItems, searchPagePath } from './registry.ts';

export interface PageOptions {
  /** The page name: '<title>页面名 - 河南省林业局</title>'. The body carries the one <h1>. */
  title: string;
  /** The meta description; defaults to the site's own. */
  description?: string;
  /** Crumbs after 首页, the last one the current page (no href needed). */
  breadcrumb?: Crumb[];
  body: ReactNode;
  status?: number;
  /** The canonical path when it differs from the request path (e.g. drop sorting); null for none. */
  canonicalPath?: string | null;
}

export function siteConfig(request: FastifyRequest): Config {
  return request.ctx().deps.config;
}

/**
 * The signed-in visitor of a request, or null. A page that shows one is personal: page caches
 * neither store nor serve it (see sendCached), and it goes out as private.
 */
export function signedInAccount(request: FastifyRequest): SignedInAccount | null {
  const actor = request.actor;
  if (!actor?.id || (actor.kind !== 'staff' && actor.kind !== 'citizen' && actor.kind !== 'org')) return null;
  return {
    name: actor.displayName,
    kind: actor.kind,
    csrf: request.authVia === 'cookie' ? request.sessionCsrf : null,
  };
}

/** The full HTML document for a page, as the request's reader sees it (reading aid applied). */
export function renderDocument(request: FastifyRequest, page: PageOptions): string {
  const config = siteConfig(request);
  const path = request.url.split('?')[0];
  const base = config.PUBLIC_URL.replace(/\/+$/, '');
  const markup = renderToStaticMarkup(
    <Layout
      config={config}
      title={page.title}
      description={
        page.description ?? `${config.SITE_NAME}门户网站：政务信息、政务公开、网上办事与互动交流。`
      }
      path={path}
      url={request.url}
      aid={parseAid(request.cookies[AID_COOKIE])}
      breadcrumb={page.breadcrumb}
      nav={listNavItems(request)}
      account={signedInAccount(request)}
      canonical={base && page.canonicalPath !== null ? `${base}${page.canonicalPath ?? path}` : null}
    >
      {page.body}
    </Layout>,
  );
  return `<!DOCTYPE html>${markup}`;
}

/** Sends a public page inside the site layout as text/html. */
export function renderPage(reply: FastifyReply, page: PageOptions): FastifyReply {
  const html = renderDocument(reply.request, page);
  // A page naming the signed-in visitor is for their browser only.
  if (signedInAccount(reply.request) && !reply.hasHeader('cache-control'))
    reply.header('cache-control', 'private, no-cache');
  return (
    reply
      .status(page.status ?? 200)
      .type('text/html; charset=utf-8')
      // The reading-aid cookie changes the markup: a shared cache must not hand one reader's
      // large-text page to everyone.
      .header('vary', 'Cookie')
      .send(html)
  );
}

/**
 * A page for one reader only (a form, a receipt, what a tracking code opened): never stored by a
 * cache or the browser's history, and never a search engine's canonical page.
 */
export function renderPrivatePage(
  reply: FastifyReply,
  page: Omit<PageOptions, 'canonicalPath'>,
): FastifyReply {
  reply.header('cache-control', 'no-store');
  return renderPage(reply, { ...page, canonicalPath: null });
}

/** The Chinese 404 page; modules use it for unknown ids on their public pages too. */
export function renderNotFoundPage(reply: FastifyReply): FastifyReply {
  const search = searchPagePath();
  return renderPage(reply, {
    title: '页面未找到',
    description: '您访问的页面不存在。',
    breadcrumb: [{ label: '页面未找到' }],
    status: 404,
    canonicalPath: null,
    body: (
      <article className="notice-page">
        <h1>页面未找到</h1>
        <p>抱歉，您访问的页面不存在，可能已被删除、更名或暂时不可用。</p>
        <p>请检查网址是否输入正确，或者：</p>
        <ul>
          <li>
            <a href="/">返回首页</a>
          </li>
          {search ? (
            <li>
              <a href={search}>使用站内搜索查找</a>
            </li>
          ) : null}
        </ul>
      </article>
    ),
  });
}
