// The site's page cache as a module uses it (a page of its own through sendCached) and as readers
// meet it over a real socket: the second request is answered by the HTTP front from memory, before
// Fastify, with the very headers of the rendered page; and its memory stays within its setting
// however many distinct pages are asked for.
import { get } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.ts';
import { sendCached } from './cached-pages.ts';
import { type CachedPage, PAGE_OVERHEAD_BYTES, pageCacheFor } from './page-cache.ts';
import { onPublicPageView } from './page-views.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const MB = 1024 * 1024;
let t: TestApp;
let base: string;
let hooked = 0;
const views: string[] = [];
onPublicPageView('page-cache.test', (v) => {
  if (v.path.startsWith('/t/')) views.push(`${v.path} ${v.status} ${v.ip}`);
});

// About 3 KB of Chinese text per page, different for every n.
const paragraph = (n: number) =>
  `第${n}号公告：为进一步规范林木采伐管理，根据森林法及其实施条例，现就有关事项通知如下。`.repeat(12);

beforeAll(async () => {
  t = await buildTestApp({
    config: { PAGE_CACHE_MAX_MB: 8, PAGE_CACHE_MAX_PAGES: 20_000 },
    extend: (app) => {
      // Counts what reaches Fastify's hooks: a page answered by the front never does.
      app.addHook('onRequest', (request, _reply, done) => {
        if (request.url.startsWith('/t/')) hooked++;
        done();
      });
      app.get('/t/:n', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
        const n = Number((request.params as { n: string }).n);
        await sendCached(
          request,
          reply,
          [],
          async () => ({
            status: 200,
            contentType: 'text/html; charset=utf-8',
            body: `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>公告${n}</title></head><body><main><h1>公告${n}</h1><p>${paragraph(n)}</p><p>${paragraph(n + 1)}</p></main></body></html>`,
          }),
          { view: { kind: 'page' } },
        );
        return reply;
      });
    },
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  // On PostgreSQL the cache trusts its pages without asking the database once LISTEN is up; before
  // that it re-reads the version once a second, and on a loaded machine a second can pass between
  // the two requests below. Wait for the listener, as a running server has it.
  const cache = pageCacheFor(t.database);
  for (let i = 0; i < 200 && cache.mode === 'poll'; i++) await new Promise((r) => setTimeout(r, 25));
  expect(cache.mode).not.toBe('poll');
  const address = t.app.server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(() => t.close());

/** A GET through node:http, which leaves the body as sent (fetch would decode it). */
function rawGet(path: string, headers: Record<string, string>) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    get(`${base}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const headersOf = (res: Response) => Object.fromEntries([...res.headers].filter(([k]) => k !== 'date'));

describe('cached pages over a socket', () => {
  it('answers the second request from memory before Fastify, with the rendered page’s headers', async () => {
    const miss = await fetch(`${base}/t/1`);
    const missBody = await miss.text();
    expect(miss.status).toBe(200);
    expect(miss.headers.get('x-page-cache')).toBe('miss');
    expect(hooked).toBe(1);

    const hit = await fetch(`${base}/t/1`, { headers: { 'x-request-id': 'reader-0001' } });
    expect(await hit.text()).toBe(missBody);
    expect(hooked).toBe(1); // no hook ran: the front answered
    const a = headersOf(miss);
    const b = headersOf(hit);
    expect(b['x-page-cache']).toBe('hit');
    expect(b['x-request-id']).toBe('reader-0001');
    expect(a['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    for (const h of ['x-page-cache', 'x-request-id']) {
      delete a[h];
      delete b[h];
    }
    // Everything else is the same: security headers, ETag, Last-Modified, Vary, type and length.
    expect(b).toEqual(a);
    expect(Object.keys(a)).toEqual(
      expect.arrayContaining([
        'content-security-policy',
        'strict-transport-security',
        'x-content-type-options',
        'x-frame-options',
        'referrer-policy',
        'etag',
        'last-modified',
        'vary',
        'cache-control',
      ]),
    );
  });

  it('compresses for clients that ask, answers a matching ETag with 304, and counts every view', async () => {
    views.length = 0;
    const plain = await (await fetch(`${base}/t/2`)).text();
    const br = await rawGet('/t/2', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['x-page-cache']).toBe('hit');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(plain);
    const gzip = await rawGet('/t/2', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(plain);
    expect(gzip.body.length).toBeLessThan(Buffer.byteLength(plain) / 2);

    const again = await fetch(`${base}/t/2`, { headers: { 'if-none-match': String(br.headers.etag) } });
    expect(again.status).toBe(304);
    expect(again.headers.get('content-security-policy')).toBe(br.headers['content-security-policy']);
    expect(await again.text()).toBe('');
    expect(views).toEqual([
      '/t/2 200 127.0.0.1',
      '/t/2 200 127.0.0.1',
      '/t/2 200 127.0.0.1',
      '/t/2 304 127.0.0.1',
    ]);
  });
});

describe('the page cache’s memory', () => {
  it('stays within PAGE_CACHE_MAX_MB (8 MB here) when 10,000 distinct pages are requested', async () => {
    const cache = pageCacheFor(t.database);
    // The JavaScript heap after full collections (the pages' objects, keys and header lists) ...
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // ... and the memory blocks under the pages' bytes, as allocated (a slice keeps its whole block).
    const blocks = () =>
      [...(cache as unknown as { pages: Map<string, CachedPage> }).pages.values()].reduce(
        (sum, p) =>
          sum + p.body.buffer.byteLength + (p.br?.buffer.byteLength ?? 0) + (p.gzip?.buffer.byteLength ?? 0),
        0,
      );
    for (let n = 1_000; n < 11_000; n++) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/t/${n}`,
        headers: n % 2 ? { 'accept-encoding': 'gzip, br' } : {},
      });
      expect(res.statusCode).toBe(200);
    }
    // Counted: within the bound, and filled up to it (the last pages requested are the ones kept).
    expect(cache.bytes).toBeLessThanOrEqual(8 * MB);
    expect(cache.bytes).toBeGreaterThan(7.9 * MB);
    expect(cache.size).toBeGreaterThan(800);
    expect(cache.size).toBeLessThan((8 * MB) / PAGE_OVERHEAD_BYTES);
    expect((await t.app.inject({ method: 'GET', url: '/t/10999' })).headers['x-page-cache']).toBe('hit');
    expect((await t.app.inject({ method: 'GET', url: '/t/1000' })).headers['x-page-cache']).toBe('miss');

    // Held: what the pages really take is no more than the bound.
    const full = heap();
    const bytes = blocks();
    cache.clear();
    const held = full - heap() + bytes;
    expect(held).toBeGreaterThan(4 * MB);
    expect(held).toBeLessThanOrEqual(8 * MB);
  }, 300_000);
});
