// Reposting from feeds against a local feed server: RSS 2.0 and Atom entries become drafts of the
// column with their source, duplicates are recognised by address and by title, nothing is published.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type Client, type TestApp } from '../../../../test/app.ts';
import { updateSetting } from '../../../platform/settings/settings.service.ts';
import { seedDemoData } from '../../org/index.ts';
import { makeArticles, makeColumns, portalArticles } from '../../portal/index.ts';
import { parseFeed } from './feed-parser.ts';

let t: TestApp;
let server: http.Server;
let base = '';
let columnId = '';
let pageColumnId = '';
let rssVersion = 'v1';
const requests: string[] = [];

const rss = () => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>国家林业和草原局</title><link>${base}/</link>
<item><title>全省春季造林进度过半</title><link>${base}/news/1</link><guid>n1</guid>
  <pubDate>Sun, 01 Mar 2026 08:00:00 +0800</pubDate><description><![CDATA[<p>截至2月底，全省完成造林<b>120万亩</b>。</p><script>alert(1)</script>]]></description></item>
<item><title>林草湿荒普查启动</title><link>${base}/news/2?utm_source=rss#top</link><guid>n2</guid>
  <pubDate>Sun, 01 Mar 2026 09:00:00 +0800</pubDate><content:encoded><![CDATA[<p>普查工作全面启动。</p>]]></content:encoded></item>
<item><title>全省春季造林 进度过半！</title><link>${base}/mirror/1</link>
  <pubDate>Sun, 01 Mar 2026 10:00:00 +0800</pubDate><description>转发</description></item>
</channel></rss>`;

const atom = () => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>中国林业网</title><link href="${base}/"/>
<entry><title type="html">古树名木保护条例&lt;征求意见稿&gt;发布</title><link rel="alternate" href="${base}/atom/1"/><id>urn:a1</id>
  <updated>2026-03-01T03:00:00Z</updated><content type="html">&lt;p&gt;公开征求意见。&lt;/p&gt;</content></entry>
<entry><title>林草湿荒普查启动（转）</title><link href="${base}/news/2"/><id>urn:a2</id><updated>2026-03-01T04:00:00Z</updated></entry>
<entry><title>手工转载过的文章</title><link href="${base}/manual/9"/><id>urn:a3</id><updated>2026-03-01T05:00:00Z</updated></entry>
</feed>`;

// 《林业动态》 in GBK, as many Chinese sites still serve their feeds.
const gbk = () =>
  Buffer.concat([
    Buffer.from(
      `<?xml version="1.0" encoding="GBK"?><rss version="2.0"><channel><title>t</title><item><title>`,
    ),
    Buffer.from('c1d6d2b5b6afccac', 'hex'),
    Buffer.from(`</title><link>${base}/gbk/1</link></item></channel></rss>`),
  ]);

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(`${req.url} ${req.headers['if-none-match'] ?? ''}`);
    if (req.url === '/rss.xml') {
      if (req.headers['if-none-match'] === `"${rssVersion}"`) return res.writeHead(304).end();
      return res
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: `"${rssVersion}"` })
        .end(rss());
    }
    if (req.url === '/atom.xml')
      return res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom());
    if (req.url === '/gbk.xml') return res.writeHead(200, { 'content-type': 'text/xml' }).end(gbk());
    if (req.url === '/page.html')
      return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>hi</body></html>');
    if (req.url === '/big.xml')
      return res.writeHead(200, { 'content-type': 'text/xml' }).end('<rss>'.padEnd(3 * 1024 * 1024, ' '));
    return res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await buildTestApp({
    seed: async (ctx) => {
      await seedDemoData(ctx);
      const tree = await makeColumns(ctx, [
        { code: 'gnld', name: '国内林业动态', unit: 'HNLY-XXZX', category: 'news' },
        { code: 'gk', name: '机构概况', unit: 'HNLY-BGS', kind: 'page' },
      ]);
      columnId = tree.column('gnld').id;
      pageColumnId = tree.column('gk').id;
      await makeArticles(ctx, [
        {
          column: tree.column('gnld'),
          title: '一篇手工转载的文章',
          status: 'published',
          origin: 'reposted',
          originName: '中国林业网',
          originUrl: `${base}/manual/9`,
        },
      ]);
    },
  });
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});

let xinxi: Client;
const feedIds: Record<string, string> = {};

async function subscribe(name: string, path: string) {
  const res = await xinxi.post('/api/portal-ops/feeds', { columnId, name, url: `${base}${path}` });
  expect(res.statusCode, res.body).toBe(201);
  feedIds[path] = res.json().id;
  return res.json();
}

const liveInColumn = async () =>
  (
    await t.database.db
      .select()
      .from(portalArticles)
      .where(and(eq(portalArticles.columnId, columnId), isNotNull(portalArticles.liveEdition)))
  ).length;

describe('subscriptions', () => {
  it('refuses bad input, naming the field', async () => {
    xinxi = await t.signIn('xinxi');
    const ftp = await xinxi.post('/api/portal-ops/feeds', {
      columnId,
      name: '某站',
      url: 'ftp://example.cn/rss',
    });
    expect(ftp.statusCode).toBe(400);
    expect(ftp.json().errors).toEqual([{ field: 'url', message: '订阅地址应以 http:// 或 https:// 开头' }]);
    const page = await xinxi.post('/api/portal-ops/feeds', {
      columnId: pageColumnId,
      name: '某站',
      url: `${base}/rss.xml`,
    });
    expect(page.json().errors).toEqual([{ field: 'columnId', message: '只有文章列表栏目可以订阅信息源' }]);
    expect((await (await t.signIn('office')).get('/api/portal-ops/feeds')).statusCode).toBe(403);
  });
});

describe('fetching', () => {
  it('refuses addresses on this machine or the intranet unless the setting allows them', async () => {
    await subscribe('国家林业和草原局', '/rss.xml');
    const res = await xinxi.post(`/api/portal-ops/feeds/${feedIds['/rss.xml']}/fetch`);
    expect(res.json()).toMatchObject({ status: 'error', imported: 0 });
    expect(res.json().error).toContain('订阅地址指向内网或本机地址，未抓取');
    expect(requests).toEqual([]);
    // The local test server stands for the internet from here on.
    await updateSetting(t.ctx(), 'portalOps.feedsAllowPrivate', true);
  });

  it('turns RSS entries into drafts of the column, skipping the same story under another address', async () => {
    const res = await xinxi.post(`/api/portal-ops/feeds/${feedIds['/rss.xml']}/fetch`);
    expect(res.json()).toEqual({ status: 'ok', entries: 3, imported: 2, duplicates: 1, error: null });
    const queue = (await xinxi.get('/api/portal-ops/feed-items')).json();
    expect(queue.items.map((i: { title: string }) => i.title).sort()).toEqual([
      '全省春季造林进度过半',
      '林草湿荒普查启动',
    ]);
    const item = queue.items.find((i: { title: string }) => i.title === '全省春季造林进度过半');
    const article = (await xinxi.get(`/api/portal/articles/${item.articleId}`)).json();
    expect(article).toMatchObject({
      status: 'draft',
      origin: 'reposted',
      originName: '国家林业和草原局',
      originUrl: `${base}/news/1`,
      source: '国家林业和草原局',
      date: '2026-03-01',
    });
    // Sanitized on save like any article; the source is linked at the end.
    expect(article.bodyHtml).toContain('<b>120万亩</b>');
    expect(article.bodyHtml).not.toContain('script');
    expect(article.bodyHtml).toContain(`<a href="${base}/news/1">国家林业和草原局</a>`);
    const dup = (await xinxi.get('/api/portal-ops/feed-items?status=duplicate')).json();
    expect(dup.items).toMatchObject([
      { title: '全省春季造林 进度过半！', url: `${base}/mirror/1`, duplicateOf: item.articleId },
    ]);
  });

  it('asks again with the ETag and imports nothing when the feed has not changed', async () => {
    const res = await xinxi.post(`/api/portal-ops/feeds/${feedIds['/rss.xml']}/fetch`);
    expect(res.json()).toMatchObject({ status: 'not-modified', imported: 0 });
    expect(requests.at(-1)).toBe('/rss.xml "v1"');
  });

  it('reads Atom, knowing addresses already fetched or reposted by hand', async () => {
    await subscribe('中国林业网', '/atom.xml');
    const res = await xinxi.post(`/api/portal-ops/feeds/${feedIds['/atom.xml']}/fetch`);
    // urn:a2 is /news/2 (tracking parameters and fragment aside): already known, not counted again.
    expect(res.json()).toEqual({ status: 'ok', entries: 3, imported: 1, duplicates: 1, error: null });
    const queue = (await xinxi.get('/api/portal-ops/feed-items')).json();
    expect(queue.total).toBe(3);
    expect(queue.items.map((i: { title: string }) => i.title)).toContain('古树名木保护条例<征求意见稿>发布');
  });

  it('reads a feed in GBK', async () => {
    await subscribe('某市林业局', '/gbk.xml');
    expect((await xinxi.post(`/api/portal-ops/feeds/${feedIds['/gbk.xml']}/fetch`)).json()).toMatchObject({
      imported: 1,
    });
    const queue = (await xinxi.get('/api/portal-ops/feed-items')).json();
    expect(queue.items.map((i: { title: string }) => i.title)).toContain('林业动态');
  });

  it('records what went wrong with a page that is not a feed, or one too large', async () => {
    await subscribe('不是订阅源', '/page.html');
    const notFeed = (await xinxi.post(`/api/portal-ops/feeds/${feedIds['/page.html']}/fetch`)).json();
    expect(notFeed).toMatchObject({ status: 'error', imported: 0 });
    expect(notFeed.error).toContain('不是 RSS 或 Atom 订阅源');
    await subscribe('过大的订阅源', '/big.xml');
    expect((await xinxi.post(`/api/portal-ops/feeds/${feedIds['/big.xml']}/fetch`)).json().error).toBe(
      '订阅源过大（超过 2048 KB）',
    );
    const feeds = (await xinxi.get('/api/portal-ops/feeds')).json().items;
    expect(feeds.find((f: { name: string }) => f.name === '不是订阅源')).toMatchObject({
      lastStatus: 'error',
    });
  });

  it('never publishes anything', async () => {
    // Only the article reposted by hand is public in the column.
    expect(await liveInColumn()).toBe(1);
  });
});

describe('the review queue', () => {
  it('discarding deletes the draft and the entry does not come back', async () => {
    const queue = (await xinxi.get('/api/portal-ops/feed-items')).json();
    const item = queue.items.find((i: { title: string }) => i.title === '林草湿荒普查启动');
    expect((await xinxi.post(`/api/portal-ops/feed-items/${item.id}/discard`)).statusCode).toBe(204);
    expect((await xinxi.get(`/api/portal/articles/${item.articleId}`)).statusCode).toBe(404);
    rssVersion = 'v2'; // the feed changes: fetched in full again
    const again = (await xinxi.post(`/api/portal-ops/feeds/${feedIds['/rss.xml']}/fetch`)).json();
    expect(again).toMatchObject({ status: 'ok', entries: 3, imported: 0 });
    const titles = (await xinxi.get('/api/portal-ops/feed-items'))
      .json()
      .items.map((i: { title: string }) => i.title);
    expect(titles).not.toContain('林草湿荒普查启动');
  });

  it('accepting sends the draft to review, still unpublished', async () => {
    const queue = (await xinxi.get('/api/portal-ops/feed-items')).json();
    const item = queue.items.find((i: { title: string }) => i.title === '全省春季造林进度过半');
    expect((await xinxi.post(`/api/portal-ops/feed-items/${item.id}/accept`)).statusCode).toBe(204);
    expect((await xinxi.get(`/api/portal/articles/${item.articleId}`)).json().status).toBe('submitted');
    const after = (await xinxi.get('/api/portal-ops/feed-items')).json();
    expect(after.items.map((i: { id: string }) => i.id)).not.toContain(item.id);
    expect((await xinxi.post(`/api/portal-ops/feed-items/${item.id}/accept`)).statusCode).toBe(409);
    expect(await liveInColumn()).toBe(1);
  });
});

describe('the parser', () => {
  it('reads RSS 1.0 (RDF) items beside the channel and resolves relative links', () => {
    const feed = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>RDF</title><link>http://example.cn/</link></channel>
        <item><title>A</title><link>/a.html</link><dc:date>2026-03-01T08:00:00+08:00</dc:date></item>
      </rdf:RDF>`,
      'http://example.cn/feed.rdf',
    );
    expect(feed.entries).toEqual([
      {
        title: 'A',
        url: 'http://example.cn/a.html',
        guid: null,
        publishedAt: new Date('2026-03-01T00:00:00Z'),
        html: '',
        author: null,
      },
    ]);
  });
});
