// The public site as readers (and proxies) meet it: column pages with pagination, article pages
// with source, date, views and attachments, breadcrumbs, print view, RSS, site maps, correct
// titles and canonical addresses — and the page cache: hits, 304s, invalidation on publish.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { bumpSiteVersion, onPublicPageView, pageCacheFor } from '../../../site/index.ts';
import { makeArticles } from '../portal.factories.ts';
import { type PortalFixture, seedPortalFixture } from '../portal.fixtures.ts';
import { flushArticleViews } from './views.ts';

let t: TestApp;
let fx: PortalFixture;
let hq: string[] = [];
let aboutId: string;
let xinxi: Client;
const seen: string[] = [];
onPublicPageView('test', (v) => seen.push(`${v.kind} ${v.status}`));

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers: { accept: 'text/html', ...headers } });

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    config: { PUBLIC_URL: 'https://lyj.example.gov.cn' },
    seed: async (ctx) => {
      fx = await seedPortalFixture(ctx);
      // 25 articles in 厅内要闻, one a day from 2026-02-01 (the 25th on 2026-02-25).
      hq = await makeArticles(
        ctx,
        Array.from({ length: 25 }, (_, i) => ({
          column: fx.columns.column('hq'),
          title: `厅内要闻第${i + 1}条`,
          bodyHtml: `<p>第${i + 1}条要闻的正文。</p>`,
          source: '省林业厅办公室',
          summary: i === 24 ? '第二十五条要闻的摘要。' : null,
          status: 'published' as const,
          publishedAt: new Date(`2026-02-${String(i + 1).padStart(2, '0')}T10:00:00+08:00`),
        })),
      );
      [aboutId] = await makeArticles(ctx, [
        {
          column: fx.columns.column('about'),
          title: '机构职能',
          bodyHtml: '<p>负责全省林业工作。</p>',
          status: 'published',
          publishedAt: new Date('2025-01-01T10:00:00+08:00'),
        },
      ]);
    },
  });
  xinxi = await t.signIn('xinxi');
});
afterAll(() => t.close());

describe('column pages', () => {
  it('list the newest first, twenty a page, with a canonical address and title per page', async () => {
    const first = await get('/columns/hq');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('<title>厅内要闻 - 河南省林业局</title>');
    expect(first.body).toContain('<link rel="canonical" href="https://lyj.example.gov.cn/columns/hq"/>');
    const titles = [...first.body.matchAll(/>(厅内要闻第\d+条)</g)].map((m) => m[1]);
    expect(titles).toHaveLength(20);
    expect(titles[0]).toBe('厅内要闻第25条');
    expect(titles[19]).toBe('厅内要闻第6条');
    expect(first.body).toContain('第 1 页，共 2 页');

    const second = await get('/columns/hq?page=2');
    expect(second.body).toContain('<title>厅内要闻（第 2 页） - 河南省林业局</title>');
    expect(second.body).toContain(
      '<link rel="canonical" href="https://lyj.example.gov.cn/columns/hq?page=2"/>',
    );
    expect([...second.body.matchAll(/>(厅内要闻第\d+条)</g)].map((m) => m[1])).toEqual([
      '厅内要闻第5条',
      '厅内要闻第4条',
      '厅内要闻第3条',
      '厅内要闻第2条',
      '厅内要闻第1条',
    ]);
    expect((await get('/columns/hq?page=3')).statusCode).toBe(404);
    expect((await get('/columns/nothing-here')).statusCode).toBe(404);
  });

  it('shows a parent column with its sub-columns and the articles below it', async () => {
    const res = await get('/columns/news');
    expect(res.body).toContain('<a href="/columns/hq">厅内要闻</a>');
    expect(res.body).toContain('<a href="/columns/zz">郑州</a>');
    expect(res.body).toContain('厅内要闻第25条');
    // Breadcrumb: 首页 › 林业动态.
    expect(res.body).toMatch(/<a href="\/">首页<\/a><\/li><li><span aria-current="page">林业动态<\/span>/);
  });

  it('shows a single-page column’s text, and sends a link column to its address', async () => {
    const page = await get('/columns/about');
    expect(page.body).toContain('<h1>机构职能</h1>');
    expect(page.body).toContain('负责全省林业工作。');
    const link = await get('/columns/gov');
    expect(link.statusCode).toBe(302);
    expect(link.headers.location).toBe('https://www.gov.cn/');
  });

  it('puts every first-level column in the main navigation', async () => {
    const home = await get('/');
    expect(home.body).toContain('<a href="/columns/news">林业动态</a>');
    expect(home.body).toContain('<a href="/columns/policy">政策法规</a>');
    // And the home page shows the headlines.
    expect(home.body).toContain('林业要闻');
    expect(home.body).toContain('厅内要闻第25条');
  });

  it('offers RSS per column', async () => {
    const res = await get('/columns/hq/rss.xml');
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    expect(res.body).toContain('<title>厅内要闻 - 河南省林业局</title>');
    expect(res.body).toContain(`<link>https://lyj.example.gov.cn/articles/${hq[24]}</link>`);
    expect(res.body).toContain('<description>第二十五条要闻的摘要。</description>');
    expect(res.body.match(/<item>/g)).toHaveLength(20);
  });
});

describe('article pages', () => {
  it('show title, source, date and views, with a description and canonical address', async () => {
    const res = await get(`/articles/${hq[24]}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>厅内要闻第25条 - 河南省林业局</title>');
    expect(res.body).toContain('<meta name="description" content="第二十五条要闻的摘要。"/>');
    expect(res.body).toContain(
      `<link rel="canonical" href="https://lyj.example.gov.cn/articles/${hq[24]}"/>`,
    );
    expect(res.body).toContain('来源：省林业厅办公室');
    expect(res.body).toContain('发布日期：<time dateTime="2026-02-25">2026年2月25日</time>');
    expect(res.body).toContain('浏览次数：0');
    expect(res.body).toContain('<a href="/columns/news">林业动态</a>');
    expect(res.body).toContain('<a href="/columns/hq">厅内要闻</a>');
    // Without a summary, the description is the start of the body.
    expect((await get(`/articles/${hq[0]}`)).body).toContain(
      '<meta name="description" content="第1条要闻的正文。"/>',
    );
  });

  it('has a print view without the site’s navigation', async () => {
    const res = await get(`/articles/${hq[24]}/print`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>厅内要闻第25条</h1>');
    expect(res.body).not.toContain('main-nav');
    expect(res.body).toContain(`本文地址：https://lyj.example.gov.cn/articles/${hq[24]}`);
  });

  it('serves an attachment of a live article, and nothing else by its id', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const boundary = '----lz';
    const payload = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="方案.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await t.app.inject({
      method: 'POST',
      url: '/api/portal/files?kind=attachment',
      headers: {
        cookie: xinxi.cookie,
        'x-csrf-token': xinxi.csrfToken,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });
    expect(up.statusCode, up.body).toBe(201);
    const fileId = up.json().fileId;
    const created = await xinxi.post('/api/portal/articles', {
      columnId: fx.columns.column('hq').id,
      title: '造林实施方案',
      bodyHtml: '<p>见附件。</p>',
      attachments: [{ fileId, title: '2026年造林实施方案' }],
    });
    const id = created.json().id;
    // Not public yet: neither the page nor the file.
    expect((await get(`/articles/${id}/files/${fileId}`)).statusCode).toBe(404);
    await xinxi.post(`/api/portal/articles/${id}/publish-unreviewed`, { reason: '测试附件下载' });
    const page = await get(`/articles/${id}`);
    expect(page.body).toContain(`<a href="/articles/${id}/files/${fileId}">2026年造林实施方案</a>`);
    expect(page.body).toContain('PDF，');
    const file = await get(`/articles/${id}/files/${fileId}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    // The same file through another article's address: no.
    expect((await get(`/articles/${hq[0]}/files/${fileId}`)).statusCode).toBe(404);
    // Not a PDF by content: refused whatever the name says.
    const fake = await t.app.inject({
      method: 'POST',
      url: '/api/portal/files',
      headers: {
        cookie: xinxi.cookie,
        'x-csrf-token': xinxi.csrfToken,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.pdf"\r\nContent-Type: application/pdf\r\n\r\nMZ not a pdf\r\n--${boundary}--\r\n`,
    });
    expect(fake.statusCode).toBe(400);
  });
});

describe('site maps', () => {
  it('lists the columns on /sitemap and the pages in /sitemap.xml', async () => {
    const page = await get('/sitemap');
    expect(page.body).toContain('本网站共设 6 个栏目');
    const xml = await get('/sitemap.xml');
    expect(xml.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(xml.body).toContain('<loc>https://lyj.example.gov.cn/columns/hq</loc>');
    expect(xml.body).toContain(
      `<loc>https://lyj.example.gov.cn/articles/${hq[0]}</loc><lastmod>2026-02-01T02:00:00.000Z</lastmod>`,
    );
    // Link columns lead elsewhere: not in the sitemap.
    expect(xml.body).not.toContain('/columns/gov<');
  });
});

describe('the page cache', () => {
  it('serves the second request from memory and answers a matching ETag with 304', async () => {
    const url = `/articles/${hq[10]}`;
    const a = await get(url);
    const b = await get(url);
    expect(a.headers['x-page-cache']).toBe('miss');
    expect(b.headers['x-page-cache']).toBe('hit');
    expect(b.body).toBe(a.body);
    expect(b.headers.etag).toBe(a.headers.etag);
    const revalidated = await get(url, { 'if-none-match': String(a.headers.etag) });
    expect(revalidated.statusCode).toBe(304);
    expect(revalidated.body).toBe('');
    const since = await get(url, { 'if-modified-since': String(a.headers['last-modified']) });
    expect(since.statusCode).toBe(304);
  });

  it('drops cached pages when an article is published', async () => {
    const before = await get('/columns/hq');
    await get('/columns/hq');
    const created = await xinxi.post('/api/portal/articles', {
      columnId: fx.columns.column('hq').id,
      title: '刚刚发布的要闻',
      bodyHtml: '<p>新内容。</p>',
    });
    await xinxi.post(`/api/portal/articles/${created.json().id}/publish-unreviewed`, {
      reason: '测试缓存失效',
    });
    const after = await get('/columns/hq', { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.headers['x-page-cache']).toBe('miss');
    expect(after.body).toContain('刚刚发布的要闻');
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('notices another instance’s change through the version in the database', async () => {
    const url = `/articles/${hq[11]}`;
    await get(url);
    expect((await get(url)).headers['x-page-cache']).toBe('hit');
    // Another instance published something: only the database knows.
    await bumpSiteVersion(t.ctx());
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await get(url)).headers['x-page-cache']).toBe('miss');
  });

  it('without LISTEN (PostgreSQL, listener down) reads the version once a second and drops stale pages', async () => {
    const cache = pageCacheFor(t.database);
    const mode = cache.mode;
    cache.mode = 'poll';
    try {
      const url = `/articles/${hq[14]}`;
      cache.markStale(); // the next request reads the version: the second starts now
      await get(url);
      expect((await get(url)).headers['x-page-cache']).toBe('hit');
      // Another instance's change with no notification at all: only the version row moves.
      await t.database.query('update portal_site_version set version = version + 1 where id = 1');
      // Within the second a page may still come from memory (the documented bound) ...
      expect((await get(url)).headers['x-page-cache']).toBe('hit');
      await new Promise((r) => setTimeout(r, 1_100));
      // ... and after it the version is read again and the page is rendered afresh.
      expect((await get(url)).headers['x-page-cache']).toBe('miss');
      expect((await get(url)).headers['x-page-cache']).toBe('hit');
    } finally {
      cache.mode = mode;
    }
  });

  it('keeps one copy per reading-aid setting, since the markup differs', async () => {
    const url = `/articles/${hq[12]}`;
    const plain = await get(url);
    const large = await get(url, { cookie: 'lz_aid=2' });
    expect(plain.body).not.toContain('aid-text-2');
    expect(large.body).toContain('<html lang="zh-CN" class="aid-text-2">');
    expect((await get(url, { cookie: 'lz_aid=2' })).body).toContain('aid-text-2');
    expect((await get(url)).body).not.toContain('aid-text-2');
    expect(large.headers.vary).toBe('Accept-Encoding, Cookie');
  });

  it('does not cache pages asked for with unknown parameters', async () => {
    await get(`/articles/${hq[13]}?utm_source=x`);
    expect((await get(`/articles/${hq[13]}?utm_source=x`)).headers['x-page-cache']).toBe('miss');
  });
});

describe('views', () => {
  it('counts article views, also those served from the cache, and tells the listeners', async () => {
    await flushArticleViews(t.database); // the views of the tests before
    seen.length = 0;
    const url = `/articles/${hq[20]}`;
    await get(url);
    await get(url);
    await get(url, { 'if-none-match': String((await get(url)).headers.etag) });
    expect(await flushArticleViews(t.database)).toBe(4);
    const [{ views }] = await t.database.query<{ views: number }>(
      'select sum(views)::int as views from portal_article_views where article_id = $1',
      [hq[20]],
    );
    expect(views).toBe(4);
    expect(seen).toEqual(['article 200', 'article 200', 'article 200', 'article 304']);
    await bumpSiteVersion(t.ctx());
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await get(url)).body).toContain('浏览次数：4');
  });
});

describe('single-page articles', () => {
  it('have their own address too', async () => {
    expect((await get(`/articles/${aboutId}`)).statusCode).toBe(200);
  });
});

describe('navigation and the home page follow the column tree and publications at once', () => {
  const navOf = (body: string) => {
    const start = body.indexOf('aria-label="主导航"');
    return body.slice(start, body.indexOf('</nav>', start));
  };

  it('takes a hidden first-level column out of the navigation on the next page, and puts it back when shown', async () => {
    const policy = fx.columns.column('policy');
    const article = `/articles/${hq[5]}`;
    // Pages cached before the change (the home page and an article page), and one never cached.
    expect(navOf((await get('/')).body)).toContain('<a href="/columns/policy">政策法规</a>');
    await get(article);
    expect((await get(article)).headers['x-page-cache']).toBe('hit');

    const hidden = await xinxi.patch(`/api/portal/columns/${policy.id}`, { visible: false });
    expect(hidden.statusCode).toBe(200);
    for (const url of ['/', article, '/search?q=%E6%9E%97%E4%B8%9A', '/sitemap']) {
      const nav = navOf((await get(url)).body);
      expect(nav, url).not.toContain('政策法规');
      expect(nav, url).toContain('<a href="/columns/news">林业动态</a>');
    }
    expect((await get('/columns/policy')).statusCode).toBe(404);

    const shown = await xinxi.patch(`/api/portal/columns/${policy.id}`, { visible: true });
    expect(shown.statusCode).toBe(200);
    for (const url of ['/', article, '/search?q=%E6%9E%97%E4%B8%9A'])
      expect(navOf((await get(url)).body), url).toContain('<a href="/columns/policy">政策法规</a>');
  });

  it('serves the home page from the cache and drops it when an article is published', async () => {
    await get('/');
    const cached = await get('/');
    expect(cached.headers['x-page-cache']).toBe('hit');
    expect(cached.body).not.toContain('首页缓存失效测试要闻');
    const created = await xinxi.post('/api/portal/articles', {
      columnId: fx.columns.column('hq').id,
      title: '首页缓存失效测试要闻',
      bodyHtml: '<p>新内容。</p>',
    });
    await xinxi.post(`/api/portal/articles/${created.json().id}/publish-unreviewed`, {
      reason: '测试首页缓存',
    });
    const after = await get('/');
    expect(after.headers['x-page-cache']).toBe('miss');
    expect(after.body).toContain('首页缓存失效测试要闻');
  });

  it('answers cached pages with the same security headers as rendered ones, and compresses on request', async () => {
    const url = `/articles/${hq[6]}`;
    const miss = await get(url);
    const hit = await get(url);
    expect(hit.headers['x-page-cache']).toBe('hit');
    for (const h of [
      'content-security-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
      'referrer-policy',
      'content-type',
      'etag',
      'vary',
    ])
      expect(hit.headers[h], h).toBe(miss.headers[h]);
    expect(hit.headers['x-request-id']).toBeTruthy();
    const br = await get(url, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    const { brotliDecompressSync } = await import('node:zlib');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(miss.body);
  });
});
