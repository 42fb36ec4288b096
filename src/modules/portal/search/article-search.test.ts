// The site search as readers use it: Chinese terms found whole, titles ranked above bodies,
// hits highlighted, filters by column and date, search within results, attachments' titles,
// other modules' documents — on PGlite and on PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/app.ts';
import type { Ctx } from '../../../platform/context.ts';
import {
  defineSearchSource,
  indexSearchDocuments,
  registerSearchSource,
} from '../../../platform/search/index.ts';
import { makeArticles } from '../portal.factories.ts';
import { type PortalFixture, seedPortalFixture } from '../portal.fixtures.ts';

let t: TestApp;
let fx: PortalFixture;
const ids: Record<string, string> = {};

// Another module's source, declared without importing the portal.
const LAWS = defineSearchSource({ name: 'fixture-laws', label: '法律法规' });
registerSearchSource(LAWS);

beforeAll(async () => {
  t = await buildTestApp({
    now: '2026-03-02T09:00:00+08:00',
    seed: async (ctx: Ctx) => {
      fx = await seedPortalFixture(ctx);
      const hq = fx.columns.column('hq');
      const zz = fx.columns.column('zz');
      const policy = fx.columns.column('policy');
      const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
      const [title, body, zzNews, old, draft, attached] = await makeArticles(ctx, [
        {
          column: hq,
          title: '林木采伐许可证办理须知',
          bodyHtml: '<p>申请人应当提交申请书和林权证明。</p>',
          status: 'published',
          publishedAt: at('2026-02-10'),
        },
        {
          column: policy,
          title: '春季林业工作安排',
          bodyHtml: '<p>各地要做好春季造林。办理林木采伐许可证须按采伐限额执行。</p>',
          status: 'published',
          publishedAt: at('2026-02-20'),
        },
        {
          column: zz,
          title: '郑州市加强林木采伐许可证管理',
          bodyHtml: '<p>郑州市林业局开展专项检查。</p>',
          status: 'published',
          publishedAt: at('2026-02-25'),
        },
        {
          column: hq,
          title: '去年的林木采伐许可证通知',
          bodyHtml: '<p>旧通知。</p>',
          status: 'published',
          publishedAt: at('2025-06-01'),
        },
        { column: hq, title: '林木采伐许可证草稿', bodyHtml: '<p>未发布。</p>', status: 'draft' },
        {
          column: hq,
          title: '有害生物防治资料',
          bodyHtml: '<p>详见附件。</p>',
          status: 'published',
          publishedAt: at('2026-02-01'),
          attachments: [
            {
              fileId: '11111111-1111-4111-8111-111111111111',
              title: '松材线虫病防治技术规程',
              size: 1000,
              mime: 'application/pdf',
            },
          ],
        },
      ]);
      Object.assign(ids, { title, body, zzNews, old, draft, attached });
      await indexSearchDocuments(ctx, LAWS, [
        {
          refId: 'forest-law',
          title: '中华人民共和国森林法',
          url: '/laws/forest-law',
          body: '采伐林木须申请林木采伐许可证。',
          day: '2019-12-28',
        },
      ]);
    },
  });
});
afterAll(() => t.close());

interface Hit {
  url: string;
  title: string;
  titleHtml: string;
  snippetHtml: string;
  extraHtml: string | null;
  sourceLabel: string;
  columnName: string | null;
  day: string | null;
}

async function search(query: Record<string, string>) {
  const qs = new URLSearchParams(query).toString();
  const res = await t.app.inject({ method: 'GET', url: `/api/portal/public/search?${qs}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; terms: string[]; items: Hit[] };
}

describe('finding and ranking', () => {
  it('finds 林木采伐许可证 as one term, titles first, drafts never', async () => {
    const r = await search({ q: '林木采伐许可证' });
    expect(r.terms).toEqual(['林木采伐许可证']);
    // Five of this file's documents, and the 林木采伐许可证核发 guide that online services registers.
    expect(r.total).toBe(6);
    expect(r.items.filter((i) => i.sourceLabel === '办事指南').map((i) => i.url)).toEqual([
      '/services/LIC-01',
    ]);
    const urls = r.items.filter((i) => i.sourceLabel !== '办事指南').map((i) => i.url);
    // Three titles hold the term; among equal ranks the newer first. The two bodies come after.
    expect(urls.slice(0, 3)).toEqual([
      `/articles/${ids.zzNews}`,
      `/articles/${ids.title}`,
      `/articles/${ids.old}`,
    ]);
    expect(new Set(urls.slice(3))).toEqual(new Set([`/articles/${ids.body}`, '/laws/forest-law']));
    expect(urls).not.toContain(`/articles/${ids.draft}`);
  });

  it('highlights the term in titles and snippets', async () => {
    const r = await search({ q: '林木采伐许可证' });
    const title = r.items.find((i) => i.url === `/articles/${ids.title}`)!;
    expect(title.titleHtml).toBe('<mark>林木采伐许可证</mark>办理须知');
    const body = r.items.find((i) => i.url === `/articles/${ids.body}`)!;
    expect(body.snippetHtml).toBe('各地要做好春季造林。办理<mark>林木采伐许可证</mark>须按采伐限额执行。');
  });

  it('finds a document by a word inside a longer term (采伐)', async () => {
    const r = await search({ q: '采伐' });
    expect(r.items.map((i) => i.url)).toContain(`/articles/${ids.title}`);
  });

  it('searches attachment titles and shows where they matched', async () => {
    const r = await search({ q: '技术规程' });
    expect(r.items.map((i) => i.url)).toEqual([`/articles/${ids.attached}`]);
    expect(r.items[0].extraHtml).toBe('松材线虫病防治<mark>技术规程</mark>');
  });

  it('includes what other modules registered, with their label', async () => {
    const laws = await search({ q: '森林法', source: 'fixture-laws' });
    expect(laws.items).toEqual([
      expect.objectContaining({ url: '/laws/forest-law', sourceLabel: '法律法规', day: '2019-12-28' }),
    ]);
    // Unfiltered, the law stands beside the guides that cite it, each with its own label.
    const all = await search({ q: '森林法' });
    expect(all.items).toContainEqual(
      expect.objectContaining({ url: '/laws/forest-law', sourceLabel: '法律法规' }),
    );
    expect(all.items).toContainEqual(
      expect.objectContaining({ url: '/services/LIC-01', sourceLabel: '办事指南' }),
    );
  });
});

describe('filters', () => {
  it('limits to a column and its sub-columns', async () => {
    const inZz = await search({ q: '林木采伐许可证', column: 'zz' });
    expect(inZz.items.map((i) => i.url)).toEqual([`/articles/${ids.zzNews}`]);
    const inNews = await search({ q: '林木采伐许可证', column: 'news' });
    expect(inNews.total).toBe(3);
  });

  it('limits to a date range', async () => {
    const r = await search({ q: '林木采伐许可证', from: '2026-02-15', to: '2026-02-28' });
    expect(new Set(r.items.map((i) => i.url))).toEqual(
      new Set([`/articles/${ids.body}`, `/articles/${ids.zzNews}`]),
    );
  });

  it('searches within results', async () => {
    const r = await search({ q: '林木采伐许可证', within: '郑州' });
    expect(r.terms).toEqual(['林木采伐许可证', '郑州']);
    expect(r.items.map((i) => i.url)).toEqual([`/articles/${ids.zzNews}`]);
  });
});

describe('the search page', () => {
  it('shows the results with highlights, working without JavaScript', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/search?q=${encodeURIComponent('林木采伐许可证')}&column=news`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('找到 3 条结果');
    expect(res.body).toContain('<mark>林木采伐许可证</mark>办理须知');
    expect(res.body).toContain('<label for="f-within">在结果中搜索</label>');
    // The header's search box appears once a search page is registered.
    expect(res.body).toContain('action="/search"');
  });

  it('escapes what the reader typed', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/search?q=${encodeURIComponent('<script>alert(1)</script>')}`,
    });
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).toContain('&lt;script&gt;');
  });

  it('explains bad dates in an error summary that links to the field', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/search?q=%E9%87%87%E4%BC%90&from=2026-02-30' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<a href="#f-from">起始日期应为有效日期，如 2026-01-31</a>');
    expect(res.body).toContain('<title>错误：搜索：采伐 - 河南省林业局</title>');
  });
});
