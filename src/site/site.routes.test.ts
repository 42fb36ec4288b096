import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app.ts';
import { seedCalendarFromPackage } from '../platform/calendar/index.ts';
import { registerHomeLink, registerNavItem, registerSearchPage } from './index.ts';

let t: TestApp;

beforeAll(async () => {
  t = await buildTestApp({
    config: {
      SITE_CODE: '4100000077',
      SITE_ICP: '豫ICP备12345678号-3',
      SITE_PSB: '豫公网安备 41010502009999号',
      SITE_SPONSOR: '河南省林业局办公室',
      SITE_PHONE: '0371-66668888',
      PUBLIC_URL: 'https://lyj.example.gov.cn/',
    },
    seed: async (ctx) => {
      await seedCalendarFromPackage(ctx);
    },
  });
});
afterAll(() => t.close());

const html = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers: { ...html, ...headers } });
const count = (text: string, part: string) => text.split(part).length - 1;

describe('home page', () => {
  it('renders a Chinese HTML page with one h1, landmarks and the page title', async () => {
    const res = await get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.startsWith('<!DOCTYPE html><html lang="zh-CN"')).toBe(true);
    expect(res.body).toContain('<title>首页 - 河南省林业局</title>');
    expect(res.body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(res.body).toContain('<link rel="canonical" href="https://lyj.example.gov.cn/"/>');
    expect(count(res.body, '<h1')).toBe(1);
    for (const landmark of [
      '<header',
      '<nav class="main-nav" aria-label="主导航"',
      '<main id="main"',
      '<footer',
    ])
      expect(res.body).toContain(landmark);
    expect(res.body).toContain('<a class="skip-link" href="#main">跳到主要内容</a>');
    expect(res.body).not.toContain('<script');
    // 首页 is the current navigation item.
    expect(res.body).toContain('<a href="/" aria-current="page">首页</a>');
  });

  it('shows the filing numbers and sponsor from the settings in the footer', async () => {
    const res = await get('/');
    const footer = res.body.slice(res.body.indexOf('<footer'));
    expect(footer).toContain(
      '网站标识码：<a href="https://zfwzzc.www.gov.cn/check_web/databaseInfo/download" rel="noopener noreferrer">4100000077</a>',
    );
    expect(footer).toContain(
      '<a href="https://beian.miit.gov.cn/" rel="noopener noreferrer">豫ICP备12345678号-3</a>',
    );
    // The 公安备案 number links to its record by the number's digits.
    expect(footer).toContain('href="https://beian.mps.gov.cn/#/query/webSearch?code=41010502009999"');
    expect(footer).toContain('豫公网安备 41010502009999号</a>');
    expect(footer).toContain('主办单位：河南省林业局办公室');
    // 承办 defaults to the department's information centre, from SITE_NAME.
    expect(footer).toContain('承办单位：河南省林业局信息中心');
    expect(footer).toContain('联系电话：0371-66668888');
  });

  it("carries the national norms' badge, error-report link and the site's own pages in the footer", async () => {
    const res = await get('/');
    const footer = res.body.slice(res.body.indexOf('<footer'));
    // 党政机关网站标识: the red badge, linked to the register.
    expect(footer).toMatch(
      /<a class="footer-badge" href="https:\/\/bszs\.conac\.cn\/" rel="noopener noreferrer"><img src="\/assets\/conac-badge\.[0-9a-f]{10}\.svg" width="110" height="55" alt="党政机关网站标识" loading="lazy"\/><\/a>/,
    );
    // 我为政府网站找错, by the site's identification code.
    expect(footer).toContain(
      'href="https://zfwzzc.www.gov.cn/check_web/errorInfo/jcInfoNew?siteCode=4100000077"',
    );
    expect(footer).toContain('我为政府网站找错');
    for (const [href, label] of [
      ['/contact', '联系我们'],
      ['/privacy', '隐私声明'],
      ['/help', '使用帮助'],
      ['/about', '关于本站'],
    ])
      expect(footer).toContain(`<a href="${href}">${label}</a>`);
  });

  it('serves each page the footer links to, with its facts from the settings', async () => {
    const about = await get('/about');
    expect(about.statusCode).toBe(200);
    expect(about.body).toContain('<h1>关于本站</h1>');
    expect(about.body).toContain('原河南省林业厅的职责由河南省林业局承担');
    const contact = await get('/contact');
    expect(contact.body).toContain('<h1>联系我们</h1>');
    expect(contact.body).toContain('<dd>0371-66668888</dd>');
    const privacy = await get('/privacy');
    expect(privacy.body).toContain('<h1>隐私声明</h1>');
    expect(privacy.body).toContain('《中华人民共和国个人信息保护法》');
    const help = await get('/help');
    expect(help.body).toContain('<h1>使用帮助</h1>');
    expect(help.body).toContain('点“菜单”展开导航');
  });

  it('puts the navigation behind a 菜单 button that opens without JavaScript', async () => {
    const res = await get('/');
    const nav = res.body.slice(
      res.body.indexOf('<nav class="main-nav"'),
      res.body.indexOf('</nav>', res.body.indexOf('<nav class="main-nav"')),
    );
    // One landmark: the bar for wide screens and the same list inside <details> for phones.
    expect(count(res.body, 'aria-label="主导航"')).toBe(1);
    expect(nav).toContain('<details class="nav-menu"><summary>');
    expect(nav).toContain('菜单</summary>');
    expect(count(nav, '<a href="/" aria-current="page">首页</a>')).toBe(2);
    const css = await t.app.inject({
      method: 'GET',
      url: /href="(\/assets\/site\.[0-9a-f]{10}\.css)"/.exec(res.body)![1],
    });
    // Phones see the button, not the bar.
    expect(css.body).toMatch(
      /@media \(max-width: 48em\) \{\s*\.nav-wide \{\s*display: none;\s*\}\s*\.nav-menu \{\s*display: block;/,
    );
  });

  it('tells visitors whether today is a working day, from the calendar', async () => {
    // The test clock starts at 2026-03-02 09:00 (+08:00), a Monday.
    const monday = await get('/');
    expect(monday.body).toContain('<h2 id="home-services">办事服务</h2>');
    expect(monday.body).toContain('今天是2026年3月2日（星期一），工作日。');
    const saved = t.clock.current;
    t.clock.set('2026-02-16T10:00:00+08:00');
    try {
      const holiday = await get('/');
      expect(holiday.body).toContain(
        '今天是2026年2月16日（星期一），春节假期。下一个工作日：2026年2月24日（星期二）。',
      );
    } finally {
      t.clock.current = saved;
    }
  });

  it('shows a quick link once a module registers one, and no empty blocks before', async () => {
    const before = await get('/');
    // The openness module's own links may already fill the block; this one is not there yet.
    expect(before.body).not.toContain('<a href="/zwgk/ysqgk">');
    registerHomeLink({ area: 'openness', href: '/zwgk/ysqgk', label: '依申请公开', order: 1 });
    const after = await get('/');
    expect(after.body).toContain('<h2 id="home-openness">政务公开</h2>');
    expect(after.body).toContain('<a href="/zwgk/ysqgk">依申请公开</a>');
  });

  // The portal module registers its search page when the app is built, so the box is always there
  // in the assembled platform; this checks its markup.
  it('shows a labelled search box that submits to the registered search page', async () => {
    registerSearchPage('/search');
    const res = await get('/');
    expect(res.body).toContain('<form class="search" role="search" action="/search" method="get">');
    expect(res.body).toContain('<label for="site-search-q" class="visually-hidden">站内搜索</label>');
  });

  it('lists registered navigation items in order after 首页', async () => {
    registerNavItem({ href: '/zwgk', label: '政务公开', order: 20 });
    registerNavItem({ href: '/xxgk', label: '信息公开', order: 10 });
    const res = await get('/');
    const nav = res.body.slice(res.body.indexOf('aria-label="主导航"'));
    expect(nav.indexOf('>首页<')).toBeLessThan(nav.indexOf('>信息公开<'));
    expect(nav.indexOf('>信息公开<')).toBeLessThan(nav.indexOf('>政务公开<'));
  });
});

describe('reading aid without JavaScript', () => {
  it('sets the large-text cookie and sends the reader back to the same page', async () => {
    const res = await get(`/site/aid?mode=large&back=${encodeURIComponent('/zwgk/tzgg?page=2')}`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/zwgk/tzgg?page=2');
    const cookie = res.cookies.find((c) => c.name === 'lz_aid')!;
    expect(cookie.value).toBe('1');
    expect(cookie.path).toBe('/');
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.maxAge).toBe(31_536_000);
  });

  it('never redirects to another site', async () => {
    for (const back of ['https://evil.example/phish', '//evil.example/', '/\\evil.example']) {
      const res = await get(`/site/aid?mode=large&back=${encodeURIComponent(back)}`);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/');
    }
  });

  it('adds the chosen classes to <html> and marks the current text size', async () => {
    const large = await get('/', { cookie: 'lz_aid=1' });
    expect(large.body).toContain('<html lang="zh-CN" class="aid-text-1">');
    expect(large.body).toContain('aria-current="true">大字号</a>');
    const all = await get('/', { cookie: 'lz_aid=2cs' });
    expect(all.body).toContain('<html lang="zh-CN" class="aid-text-2 aid-contrast aid-spacing">');
    expect(all.body).toContain('>关闭高对比度</a>');
    const none = await get('/');
    expect(none.body).toContain('<html lang="zh-CN">');
    expect(none.headers.vary).toContain('Cookie');
  });

  it('adds contrast to large text, and the reset clears the cookie', async () => {
    const contrast = await get('/site/aid?mode=contrast&back=/', { cookie: 'lz_aid=1' });
    expect(contrast.cookies.find((c) => c.name === 'lz_aid')!.value).toBe('1c');
    const reset = await get('/site/aid?mode=reset&back=/', { cookie: 'lz_aid=1c' });
    const cleared = reset.cookies.find((c) => c.name === 'lz_aid')!;
    expect(cleared.value).toBe('');
    expect(cleared.expires!.getTime()).toBe(0);
  });

  it('links every reading-aid control back to the current page', async () => {
    const res = await get('/?a=1');
    expect(res.body).toContain('href="/site/aid?mode=larger&amp;back=%2F%3Fa%3D1"');
  });
});

describe('errors and assets', () => {
  it('gives browsers a Chinese 404 page for an unknown page', async () => {
    const res = await get('/no/such/page');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('<title>页面未找到 - 河南省林业局</title>');
    expect(res.body).toContain('<h1>页面未找到</h1>');
    expect(res.body).toContain('<a href="/">返回首页</a>');
    expect(res.body).toContain('<span aria-current="page">页面未找到</span>');
  });

  it('keeps problem+json for unknown /api paths, even for a browser', async () => {
    const res = await get('/api/no-such-thing');
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).not.toContain('<html');
  });

  it('serves the stylesheet under a hashed name with a year of caching', async () => {
    const home = await get('/');
    const href = /<link rel="stylesheet" href="(\/assets\/site\.[0-9a-f]{10}\.css)"\/>/.exec(home.body)![1];
    const css = await t.app.inject({ method: 'GET', url: href, headers: { accept: 'text/css' } });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.body).toContain('.aid-text-1');
    const stale = await t.app.inject({ method: 'GET', url: '/assets/site.0000000000.css' });
    expect(stale.statusCode).toBe(200);
    expect(stale.headers['cache-control']).toBe('public, max-age=300');
    const missing = await t.app.inject({ method: 'GET', url: '/assets/nothing.0000000000.css' });
    expect(missing.statusCode).toBe(404);
  });
});
