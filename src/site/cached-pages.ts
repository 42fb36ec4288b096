// Public pages through the page cache, on two paths that send the same bytes and headers:
//   - sendCached (in a module's route): serves the cached copy, or renders, stores and sends it;
//     the first 200 of a page also captures its response headers (the security headers included);
//   - cachedPageResponder (in the HTTP front, before Fastify): a GET whose page is cached with its
//     headers captured, while the site version is known to be current, is written from memory with
//     no routing, hooks, session, validation or database — the cost of a bare node:http response.
// Both announce the page view (page-views.ts), with the status sent (a 304 counts as a view too).
// The cache holds anonymous pages only: a signed-in visitor's page names them and carries their
// logout token, so it is rendered for them, never stored, never served from the cache, and goes out
// as private. The front does not answer a request carrying a session cookie at all.
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../platform/auth/sessions.ts';
import type { Database } from '../platform/db/client.ts';
import { requestIdOf } from '../platform/http/request-id.ts';
import { type CachedPage, type PageCache, type PageView, pageCacheFor } from './page-cache.ts';
import { announceView, type PublicPageView } from './page-views.ts';
import { AID_COOKIE, parseAid, serializeAid } from './reading-aid.ts';
import { signedInAccount } from './render.tsx';

export interface Rendered {
  status: number;
  contentType: string;
  body: string;
}

function isNotModified(headers: IncomingHttpHeaders, page: CachedPage): boolean {
  const inm = headers['if-none-match'];
  if (inm)
    return inm.trim() === '*' || inm.split(',').some((t) => t.trim().replace(/^W\//, '') === page.etag);
  const ims = headers['if-modified-since'];
  if (ims) {
    const t = Date.parse(ims);
    return !Number.isNaN(t) && Math.floor(page.lastModified.getTime() / 1000) <= Math.floor(t / 1000);
  }
  return false;
}

const AID_IN_COOKIES = new RegExp(`(?:^|;\\s*)${AID_COOKIE}=([^;]*)`);

/**
 * The cache key of a request: its URL and the reading-aid state (which changes the markup), read
 * from the raw Cookie header so both paths find the same key.
 */
function cacheKey(url: string, cookie: string | undefined): string {
  const raw = cookie ? AID_IN_COOKIES.exec(cookie)?.[1] : undefined;
  // Without a reading aid the URL itself (a URL has no NUL), so the hot path builds no string.
  if (!raw) return url;
  let value = raw;
  try {
    value = decodeURIComponent(raw);
  } catch {
    // as sent
  }
  const aid = serializeAid(parseAid(value));
  return aid ? `${url}\u0000${aid}` : url;
}

// Headers never replayed from a rendered response onto a cached one.
const PER_RESPONSE = new Set([
  'set-cookie',
  'x-request-id',
  'content-length',
  'content-encoding',
  'content-type',
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'etag',
  'last-modified',
  'cache-control',
  'vary',
  'x-page-cache',
]);

const CACHE_CONTROL = 'public, no-cache';
// A page naming the signed-in visitor: the browser may keep it, a shared proxy may not.
const PERSONAL_CACHE_CONTROL = 'private, no-cache';
const VARY = 'Accept-Encoding, Cookie';

/**
 * The response headers of a cached page, computed once: whatever the platform's hooks put on the
 * response that rendered it (the security headers), then the page's own. The front sends exactly
 * these, so a hit carries the same security headers as a rendered page. (They must not vary per
 * request — no CSP nonces — or a hit would repeat the first reader's.)
 */
function captureHeaders(reply: FastifyReply, page: CachedPage): void {
  const common: string[] = [];
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value === undefined || PER_RESPONSE.has(name.toLowerCase())) continue;
    for (const v of Array.isArray(value) ? value : [value]) common.push(name, String(v));
  }
  common.push(
    'etag',
    page.etag,
    'last-modified',
    page.lastModifiedText,
    'cache-control',
    CACHE_CONTROL,
    'vary',
    VARY,
    'x-page-cache',
    'hit',
  );
  page.notModifiedHeaders = common;
  page.headers = [...common, 'content-type', page.contentType];
}

/** Sends a cached page (or its 304) with its validators; the same bytes on both paths. */
function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  cache: PageCache,
  page: CachedPage,
  hit: boolean,
  personal: boolean,
): number {
  reply
    .header('etag', page.etag)
    .header('last-modified', page.lastModifiedText)
    // Anyone may keep a copy but must ask again (a cheap 304) before using it.
    .header('cache-control', personal ? PERSONAL_CACHE_CONTROL : CACHE_CONTROL)
    .header('vary', VARY)
    .header('x-page-cache', hit ? 'hit' : 'miss');
  if (isNotModified(request.headers, page)) {
    reply.status(304).send();
    return 304;
  }
  const { body, encoding } = cache.encoded(page, request.headers['accept-encoding']);
  if (encoding) reply.header('content-encoding', encoding);
  reply.status(page.status).header('content-type', page.contentType).send(body);
  return page.status;
}

// Built field by field: an object spread here cost 4% of a cached page's CPU (profiled).
function viewOf(
  view: PageView,
  path: string,
  status: number,
  at: Date,
  ip: string | undefined,
  headers: IncomingHttpHeaders,
  database: Database,
): PublicPageView {
  return {
    kind: view.kind,
    articleId: view.articleId,
    columnId: view.columnId,
    path,
    status,
    at,
    ip,
    headers,
    database,
  };
}

/**
 * Serves a page through the cache. The key is the request URL and the reading-aid state (it
 * changes the markup); requests with unknown query parameters are rendered but never cached,
 * so nobody can fill the cache with junk or plant a URL in everyone's page. A signed-in visitor's
 * page is rendered for them and neither stored nor taken from the cache. `view` is what the page
 * view counts as — announced here, and again on every hit the front serves.
 */
export async function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  allowedQuery: string[],
  render: () => Promise<Rendered | null>,
  options: { view?: PageView; notBefore?: number; expiresAt?: number } = {},
): Promise<{ status: number } | null> {
  const ctx = request.ctx();
  const cache = pageCacheFor(ctx.database);
  const version = await cache.version();
  const query = request.query as Record<string, unknown>;
  const personal = signedInAccount(request) !== null;
  const cacheable = !personal && Object.keys(query ?? {}).every((k) => allowedQuery.includes(k));
  const key = cacheKey(request.url, request.headers.cookie);
  let page = cacheable ? cache.get(key, ctx.now.getTime()) : undefined;
  const hit = Boolean(page);
  let status: number;
  if (!page) {
    const out = await render();
    if (!out) return null;
    if (out.status !== 200) {
      reply
        .status(out.status)
        .type(out.contentType)
        .header('cache-control', personal ? PERSONAL_CACHE_CONTROL : 'no-cache')
        .header('vary', 'Cookie')
        .send(out.body);
      status = out.status;
    } else {
      // An uncacheable request still gets its ETag: set() with a version that is not current stores nothing.
      page = cache.set(
        key,
        { ...out, view: options.view, notBefore: options.notBefore, expiresAt: options.expiresAt },
        cacheable ? version : { version: Number.NaN, changedAt: version.changedAt },
      );
      if (cacheable) captureHeaders(reply, page);
    }
  }
  if (page) status = sendPage(request, reply, cache, page, hit, personal);
  if (options.view)
    announceView(
      viewOf(options.view, request.url, status!, ctx.now, request.ip, request.headers, ctx.database),
    );
  return { status: status! };
}

const SESSION_IN_COOKIES = new RegExp(`(?:^|;\\s*)${SESSION_COOKIE}=[^;\\s]`);

/** The visitor's address as Fastify's request.ip gives it: the first X-Forwarded-For address behind a trusted proxy. */
function clientIp(req: IncomingMessage, trustProxy: boolean): string | undefined {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined;
  if (typeof forwarded === 'string' && forwarded) {
    const comma = forwarded.indexOf(',');
    return (comma < 0 ? forwarded : forwarded.slice(0, comma)).trim();
  }
  return req.socket.remoteAddress;
}

/** A cached page's header list for the front, built once per kind; the request id goes last. */
function wireHeaders(
  page: CachedPage,
  kind: 'identity' | 'br' | 'gzip' | 'notModified',
  id: string,
  build: () => string[],
): string[] {
  if (!page.wire) page.wire = {};
  let list = page.wire[kind];
  if (!list) {
    list = [...build(), 'x-request-id', ''];
    page.wire[kind] = list;
  }
  const out = list.slice();
  out[out.length - 1] = id;
  return out;
}

/**
 * The front's responder for cached pages (the HTTP front calls it first for every request): true
 * when it answered from memory, false to let Fastify handle the request.
 */
export function cachedPageResponder(
  database: Database,
  options: { trustProxy: boolean; now: () => Date },
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const cache = pageCacheFor(database);
  return (req, res) => {
    if (req.method !== 'GET' || cache.size === 0 || !cache.fresh()) return false;
    const headers = req.headers;
    // A session cookie: maybe signed in, whose page is their own. Fastify finds out (an expired
    // session is anonymous again and gets the cached copy through sendCached).
    if (headers.cookie && SESSION_IN_COOKIES.test(headers.cookie)) return false;
    const url = req.url ?? '/';
    const at = options.now();
    const page = cache.get(cacheKey(url, headers.cookie), at.getTime());
    if (!page?.headers || !page.notModifiedHeaders) return false;
    const id = requestIdOf(headers['x-request-id']);
    let status: number;
    if (isNotModified(headers, page)) {
      status = 304;
      res.writeHead(
        304,
        wireHeaders(page, 'notModified', id, () => page.notModifiedHeaders!),
      );
      res.end();
    } else {
      status = page.status;
      const { body, encoding } = cache.encoded(page, headers['accept-encoding']);
      const list = wireHeaders(page, encoding ?? 'identity', id, () => [
        ...page.headers!,
        'content-length',
        String(body.length),
        ...(encoding ? ['content-encoding', encoding] : []),
      ]);
      res.writeHead(status, list);
      res.end(body);
    }
    if (page.view)
      announceView(viewOf(page.view, url, status, at, clientIp(req, options.trustProxy), headers, database));
    return true;
  };
}
