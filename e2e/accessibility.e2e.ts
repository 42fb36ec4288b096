// Journey: every kind of public page, the reading-aid modes and the main workbench pages pass axe-core
// (WCAG 2.1 A/AA) with no serious or critical violations.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './support/a11y.ts';
import { browserPerFile } from './support/browser.ts';
import { signInPublic } from './support/public.ts';
import { settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();

/** Opens the url, expects the status, and returns the serious/critical axe findings. */
async function audit(page: Page, url: string, status = 200): Promise<string[]> {
  const res = await page.goto(url);
  expect(res?.status(), url).toBe(status);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  return seriousA11yViolations(page);
}

/** A column reached from the home page's main navigation, and the first article listed in it. */
async function columnAndArticle(page: Page): Promise<{ column: string; article: string }> {
  await page.goto('/');
  const column = await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '林业动态' })
    .getAttribute('href');
  expect(column).toMatch(/^\/columns\/[a-z]+$/);
  await page.goto(column as string);
  const article = await page.locator('main a[href^="/articles/"]').first().getAttribute('href');
  expect(article).toMatch(/^\/articles\/[0-9a-f-]{36}$/);
  return { column: column as string, article: article as string };
}

const STATIC_PAGES: [string, string][] = [
  ['home', '/'],
  ['search results', `/search?q=${encodeURIComponent('林木采伐')}`],
  ['site map', '/sitemap'],
  ['service catalogue', '/services'],
  ['service guide', '/services/LIC-01'],
  ['case tracking', '/services/track'],
  [
    'certificate verification (not found)',
    `/certificates/verify?no=${encodeURIComponent('豫林采〔2026〕999999号')}`,
  ],
  ['harvest register', '/services/register'],
  ['transport permits', '/services/transport-permits'],
  ['supply and demand', '/supply-demand'],
  ['key tasks (重点工作公开)', '/openness/key-tasks'],
  ['public sign-in', '/account/login'],
  ['public registration', '/account/register'],
];

describe('public pages', () => {
  for (const [name, url] of STATIC_PAGES) {
    it(`${name} (${url}) has no serious or critical violations`, async () => {
      const page = await newPage();
      const problems = watchForBreakage(page);
      expect(await audit(page, url)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }

  it('a column page, an article and its print view have no serious or critical violations', async () => {
    const page = await newPage();
    const { column, article } = await columnAndArticle(page);
    expect(await audit(page, column)).toEqual([]);
    expect(await audit(page, article)).toEqual([]);
    await visible(page.getByRole('link', { name: '打印本页' }));
    expect(await audit(page, `${article}/print`)).toEqual([]);
  });

  it('the 404 page has no serious or critical violations', async () => {
    const page = await newPage();
    expect(await audit(page, '/no-such-page', 404)).toEqual([]);
    await visible(page.locator('h1'));
  });

  it('the apply form, signed in as zhangsan, has no serious or critical violations', async () => {
    const page = await newPage();
    await signInPublic(page, 'zhangsan', '/services/LIC-01/apply');
    expect(await audit(page, '/services/LIC-01/apply')).toEqual([]);
    await visible(page.getByRole('heading', { name: /申请：林木采伐许可证核发/ }));
    await visible(page.getByLabel(/林权证（不动产权证书）号/));
  });
});

describe('reading aids (高对比度, 大字号)', () => {
  const CONTRAST_PAGES = [
    '/',
    '/services',
    '/services/LIC-01',
    `/search?q=${encodeURIComponent('林木采伐')}`,
    '/supply-demand',
    '/account/register',
    '/services/register',
    `/certificates/verify?no=${encodeURIComponent('豫林采〔2026〕999999号')}`,
  ];

  it('high-contrast mode keeps every page readable', async () => {
    const page = await newPage();
    await page.goto('/site/aid?mode=contrast&back=/');
    expect(await page.locator('html').getAttribute('class')).toContain('aid-contrast');
    const { column, article } = await columnAndArticle(page);
    const found: Record<string, string[]> = {};
    for (const url of [...CONTRAST_PAGES, column, article]) {
      const severe = await audit(page, url);
      if (severe.length) found[url] = severe;
    }
    expect(found).toEqual({});
  });

  it('large-text mode keeps the home page and a service guide readable', async () => {
    const page = await newPage();
    await page.goto('/site/aid?mode=larger&back=/');
    expect(await page.locator('html').getAttribute('class')).toMatch(/aid-text-\d/);
    expect(await audit(page, '/')).toEqual([]);
    expect(await audit(page, '/services/LIC-01')).toEqual([]);
  });
});

describe('workbench pages', () => {
  const PAGES: [string, string, boolean, string][] = [
    ['window', '/admin', false, 'home'],
    ['window', '/admin/services/cases', false, 'case queue'],
    ['xinxi', '/admin/portal/articles', false, 'article list'],
    ['auditadmin', '/admin/audit', true, 'audit log'],
    ['sysadmin', '/admin/accounts', true, 'accounts'],
  ];
  for (const [user, url, totp, name] of PAGES) {
    it(`the ${name} (${url}) as ${user} has no serious or critical violations`, async () => {
      const page = await newPage();
      const problems = watchForBreakage(page);
      await signIn(page, user, { totp });
      await page.goto(url);
      await page.waitForLoadState('networkidle');
      await visible(page.locator('main, [role="main"]'));
      await settled(page);
      expect(await seriousA11yViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
