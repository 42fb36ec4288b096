// Journey: a company posts supply information on the public board (no JavaScript needed), the
// information centre approves it in the workbench, and the portal operations' pages (freshness,
// statistics, feeds, links) open without errors.
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './support/a11y.ts';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { DEMO_PASSWORD, settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();
const PRODUCT = '白皮松大苗（浏览器测试）';

describe('supply and demand board', () => {
  it('lets a signed-in company post through the public form, which is accessible', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await page.goto('/supply-demand/new');
    await visible(page.getByText('请先登录'));
    await page.goto('/account/login?next=/supply-demand/new');
    await page.getByLabel('用户名').fill('hnmy');
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL('**/supply-demand/new');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // First with mistakes: the error summary links to the fields.
    await page.getByLabel('供应').check();
    await page.getByLabel('产品名称').fill(PRODUCT);
    await page.getByLabel('数量').fill('abc');
    await page.getByRole('button', { name: '提交审核' }).click();
    await visible(page.getByRole('link', { name: '数量：应为大于 0 的数字，最多两位小数' }));
    await saveScreenshot(page, 'board-form-errors');

    await page.getByLabel('数量').fill('300');
    await page.getByLabel('计量单位').fill('株');
    await page.getByLabel('所在地区').selectOption('410122');
    await page.getByLabel('联系人').fill('周经理');
    await page.getByLabel('联系电话').fill('13903712345');
    // A month from now: well inside the longest validity allowed.
    await page.getByLabel('有效期至').fill(new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10));
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.waitForURL('**/supply-demand/mine?submitted=1');
    await visible(page.getByText(PRODUCT));
    await visible(page.getByText('待审核'));
    expect(problems).toEqual([]);
  });

  it('is approved in the workbench and then shown on the board', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await signIn(page, 'xinxi');
    await page.goto('/admin/portal-ops/board');
    const row = page.getByRole('row', { name: new RegExp(PRODUCT) });
    await visible(row);
    await row
      .getByRole('button', { name: /通\s*过/ })
      .first()
      .click();
    await page.getByRole('button', { name: /确\s*定|OK/ }).click();
    await visible(page.getByText(`“${PRODUCT}”已发布`));
    await saveScreenshot(page, 'board-moderation');

    await page.goto('/supply-demand');
    await visible(page.getByRole('link', { name: PRODUCT }));
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('portal operations in the workbench', () => {
  it('opens the freshness dashboard, statistics, feeds and link check without errors', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await signIn(page, 'xinxi');

    await page.goto('/admin/portal-ops/freshness');
    await visible(page.getByText(/网站健康度：/));
    await visible(page.getByText('各栏目更新情况'));
    await visible(page.getByRole('columnheader', { name: '责任单位' }));
    await settled(page);
    await saveScreenshot(page, 'portal-freshness');

    await page.goto('/admin/portal-ops/stats');
    await visible(page.getByText('日均浏览量'));
    await visible(page.locator('canvas'));
    await settled(page);
    await saveScreenshot(page, 'portal-stats');

    await page.goto('/admin/portal-ops/feeds?tab=feeds');
    await visible(page.getByText('国家林业和草原局'));
    await saveScreenshot(page, 'portal-feeds');

    await page.goto('/admin/portal-ops/links');
    await visible(page.getByText('尚未检查过。'));

    await page.goto('/admin');
    await visible(page.getByText('网站健康度'));
    expect(problems).toEqual([]);
  });
});
