// The journeys' browser: Debian's Chromium driven by playwright-core, one fresh profile per file.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = path.join(root, 'test-results', 'e2e');

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`找不到 Chromium（${CHROMIUM}）。请安装：apt-get install -y chromium fonts-noto-cjk`);
  }
  // playwright gives every launch its own temporary --user-data-dir and removes it on close.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    chromiumSandbox: false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One browser for the file; `newPage()` opens a fresh context (no cookies), zh-CN, at a common
 * office screen size. When a test fails, its pages are saved as test-results/e2e/failed-*.png.
 */
export function browserPerFile(): { newPage: () => Promise<Page> } {
  let browser: Browser | undefined;
  let pages: Page[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') {
      const name = `failed-${ctx.task.name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 80)}`;
      for (const [i, page] of pages.entries()) {
        await saveScreenshot(page, pages.length > 1 ? `${name}-${i + 1}` : name).catch(() => undefined);
      }
    }
    await Promise.all(
      pages.map((p) =>
        p
          .context()
          .close()
          .catch(() => undefined),
      ),
    );
    pages = [];
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newPage: async () => {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext({
        baseURL: inject('baseURL'),
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        viewport: { width: 1366, height: 900 },
      });
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      pages.push(page);
      return page;
    },
  };
}

/** Saves the page as test-results/e2e/<name>.png, for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
