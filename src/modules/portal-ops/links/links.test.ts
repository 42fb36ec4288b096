// The broken-link checker against a local HTTP server (127.0.0.1 only): fine, missing, redirected,
// slow and HEAD-refusing addresses; results stored per link with the articles that contain it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import { updateSetting } from '../../../platform/settings/settings.service.ts';
import { seedDemoData } from '../../org/index.ts';
import { makeArticles, makeColumns } from '../../portal/index.ts';
import { waitForLinkCheck } from './links.service.ts';

let t: TestApp;
let server: http.Server;
let base = '';
const seen: string[] = [];
const MISSING_FILE = '00000000-0000-4000-8000-0000000000aa';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    switch (req.url) {
      case '/ok':
        return res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
      case '/missing':
        return res.writeHead(404).end('not found');
      case '/moved':
        return res.writeHead(301, { location: '/ok' }).end();
      case '/loop':
        return res.writeHead(302, { location: '/loop' }).end();
      case '/nohead':
        if (req.method === 'HEAD') return res.writeHead(405).end();
        return res.writeHead(200).end('fine');
      case '/slow':
        setTimeout(() => res.writeHead(200).end('late'), 6000).unref();
        return;
      default:
        return res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  t = await buildTestApp({
    seed: async (ctx) => {
      await seedDemoData(ctx);
      const tree = await makeColumns(ctx, [
        { code: 'lk', name: '林业动态', unit: 'HNLY-XXZX', category: 'news' },
      ]);
      const column = tree.column('lk');
      await makeArticles(ctx, [
        {
          column,
          title: '关于做好春季造林的通知',
          status: 'published',
          bodyHtml: `<p>详见<a href="${base}/ok">附件说明</a>、<a href="${base}/missing">旧文件</a>和<a href="${base}/moved#part">新地址</a>。</p><p><img src="${base}/nohead" alt="示意图"></p><p><a href="mailto:lyt@example.cn">来信</a> <a href="/columns/lk">本栏目</a></p>`,
          attachments: [
            { fileId: MISSING_FILE, title: '造林任务表.xlsx', size: 1000, mime: 'application/vnd.ms-excel' },
          ],
        },
        {
          column,
          title: '森林防火形势分析',
          status: 'published',
          bodyHtml: `<p><a href="${base}/missing">旧文件</a> <a href="${base}/loop">循环</a> <a href="${base}/slow">慢</a></p>`,
        },
        {
          column,
          title: '草稿：尚未发布',
          status: 'draft',
          bodyHtml: `<p><a href="${base}/draft-only">草稿链接</a></p>`,
        },
      ]);
    },
  });
  await updateSetting(t.ctx(), 'portalOps.linkTimeoutSeconds', 3);
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => server.close(resolve));
});

interface Link {
  url: string;
  display: string;
  status: string;
  httpStatus: number | null;
  finalUrl: string | null;
  redirects: number;
  error: string | null;
  articles: Array<{ title: string; kindLabel: string; label: string | null }>;
}

describe('link check', () => {
  it('is run on demand by the information centre only', async () => {
    expect((await (await t.signIn('office')).post('/api/portal-ops/links/check')).statusCode).toBe(403);
    const res = await (await t.signIn('xinxi')).post('/api/portal-ops/links/check');
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ trigger: 'manual', running: true });
    await waitForLinkCheck(t.database);
  });

  it('stores each link’s result with the published articles that contain it', async () => {
    const res = await (await t.signIn('xinxi')).get('/api/portal-ops/links?pageSize=50');
    expect(res.statusCode).toBe(200);
    const links: Link[] = res.json().items;
    const by = (path: string) => links.find((l) => l.url === `${base}${path}`)!;
    expect(by('/ok')).toMatchObject({ status: 'ok', httpStatus: 200, redirects: 0 });
    expect(by('/missing')).toMatchObject({ status: 'broken', httpStatus: 404, error: 'HTTP 404' });
    expect(
      by('/missing')
        .articles.map((a) => a.title)
        .sort(),
    ).toEqual(['关于做好春季造林的通知', '森林防火形势分析']);
    // The fragment is not part of the address; the redirect is followed to /ok.
    expect(by('/moved')).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      redirects: 1,
      finalUrl: `${base}/ok`,
    });
    expect(by('/loop')).toMatchObject({ status: 'error', redirects: 5, error: '重定向超过 5 次' });
    expect(by('/slow')).toMatchObject({ status: 'timeout', httpStatus: null });
    // HEAD refused, GET answered.
    expect(by('/nohead')).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(by('/nohead').articles[0]).toMatchObject({ kindLabel: '正文图片', label: '示意图' });
    const attachment = links.find((l) => l.url === `attachment:${MISSING_FILE}`)!;
    expect(attachment).toMatchObject({
      status: 'broken',
      display: '附件：造林任务表.xlsx',
      error: '附件文件不存在',
    });
    // mailto: and site-relative links (no public address configured) are not checked; drafts are not read.
    expect(links.map((l) => l.url).sort()).toEqual(
      [
        `${base}/loop`,
        `${base}/missing`,
        `${base}/moved`,
        `${base}/nohead`,
        `${base}/ok`,
        `${base}/slow`,
        `attachment:${MISSING_FILE}`,
      ].sort(),
    );
  });

  it('sends requests only to the addresses in the content (and where they redirect)', () => {
    const paths = new Set(seen.map((s) => s.split(' ')[1]));
    expect([...paths].sort()).toEqual(['/loop', '/missing', '/moved', '/nohead', '/ok', '/slow']);
    // HEAD first; GET only where HEAD failed.
    expect(seen.filter((s) => s === 'GET /ok')).toEqual([]);
    expect(seen).toContain('GET /nohead');
  });

  it('lists only the failing links when asked, and reports the run', async () => {
    const client = await t.signIn('xinxi');
    const failing = (await client.get('/api/portal-ops/links?failing=true')).json();
    expect(failing.total).toBe(4); // /missing, /loop, /slow, the attachment
    const status = (await client.get('/api/portal-ops/links/status')).json();
    expect(status.latest).toMatchObject({ running: false, articles: 2, links: 7, broken: 4 });
    expect(status.counts).toEqual({ ok: 3, broken: 2, error: 1, timeout: 1 });
  });
});
