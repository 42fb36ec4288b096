// Journey: the workbench on a phone (390 px). The side menu would take part of the width, so it is a
// drawer opened from the header: the page keeps the whole width, and a menu entry opens its page and
// closes the drawer.
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './support/a11y.ts';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();

describe('workbench on a phone', () => {
  it('opens the menu as a drawer, and no page is wider than the screen', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, 'office');
    await visible(page.getByRole('heading', { name: '工作台首页' }));
    // No side menu beside the page: the page is as wide as the screen, and no wider.
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.getByRole('button', { name: '打开主菜单' }).click();
    const drawer = await visible(page.getByRole('dialog', { name: '主菜单' }));
    await settled(page);
    await saveScreenshot(page, 'phone-menu-open-390');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await drawer.getByRole('link', { name: '来信办理' }).click();
    await page.waitForURL('**/admin/interaction/letters');
    await visible(page.getByRole('heading', { name: '来信办理' }));
    await expect.poll(() => page.getByRole('dialog', { name: '主菜单' }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
  });
});
