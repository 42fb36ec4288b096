// Journey: the lobby display screen (政务受理中心电子显示屏) at 1920×1080 shows every licensing item
// one at a time, rotates on its own and keeps today's figures; a forged certificate number is
// plainly not found on the verification page.
import { describe, expect, it } from 'vitest';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();

describe('lobby display screen', () => {
  it('shows one item at a time, rotates, and loads its figures without a CSP complaint', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await page.setViewportSize({ width: 1920, height: 1080 });
    const res = await page.goto('/display');
    expect(res?.status()).toBe(200);
    await visible(page.getByRole('heading', { name: '今日办件' }));
    const slides = page.locator('section.slide[data-slide]');
    const count = await slides.count();
    expect(count).toBeGreaterThanOrEqual(21);
    expect(await page.locator('section.slide[data-slide]:not([hidden])').count()).toBe(1);
    const first = await page.locator('section.slide[data-slide]:not([hidden]) h2').textContent();
    await page.evaluate(() => document.fonts.ready);
    await saveScreenshot(page, 'display-1920x1080');
    // The script moves on after the rotation interval (15 s by default).
    await page.waitForFunction(
      (name) => document.querySelector('section.slide[data-slide]:not([hidden]) h2')?.textContent !== name,
      first,
      { timeout: 25_000 },
    );
    expect(await page.locator('section.slide[data-slide]:not([hidden])').count()).toBe(1);
    // The page fits the screen: nothing scrolls.
    const size = await page.evaluate(() => ({ w: document.body.scrollWidth, h: document.body.scrollHeight }));
    expect(size).toEqual({ w: 1920, h: 1080 });
    expect(problems).toEqual([]);
  });

  it('says plainly that a forged certificate number is not found', async () => {
    const page = await newPage();
    await page.goto('/certificates/verify');
    await page.getByLabel('许可证编号').fill('豫林采〔2026〕999999号');
    await page.getByRole('button', { name: '核验' }).click();
    await visible(page.getByRole('heading', { name: '未查到该证号，请核对' }));
  });
});
