// Journey: a member of the public opens the portal's home page; it must be usable by everyone.
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './support/a11y.ts';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();

describe('public home page', () => {
  it('shows the department and has no serious or critical accessibility violations', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    const res = await page.goto('/');
    expect(res?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await visible(page.getByText('河南省林业局'));
    expect(await page.title()).toContain('河南省林业局');

    const severe = await seriousA11yViolations(page);
    await saveScreenshot(page, 'public-home');
    expect(severe).toEqual([]);
    expect(problems).toEqual([]);
  });
});
