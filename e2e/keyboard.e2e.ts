// Journeys with the keyboard only (no mouse): Tab / Shift+Tab to move, typing, Enter and Space to act,
// arrow keys in selects and radio groups. Every control reached must show where the focus is.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { DEMO_PASSWORD, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();

/** What the focused element shows: its id/tag and whether an outline or box-shadow marks it. */
async function focusState(page: Page): Promise<{ tag: string; id: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'BODY', id: '', visible: false };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) > 0;
    const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
    return { tag: el.tagName, id: el.id, visible: outline || shadow };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches the selector; its focus must show. */
async function tabTo(page: Page, selector: string, options: { back?: boolean; max?: number } = {}) {
  const key = options.back ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < (options.max ?? 200); i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) {
      const state = await focusState(page);
      expect(state.visible, `focus on ${selector} is not visible`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Tabs to the field and types the text into it. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.type(text);
  expect(await page.inputValue(selector)).toBe(text);
}

/** Tabs to a <select> and presses ArrowDown until the chosen option's text is `option`. */
async function chooseOption(page: Page, selector: string, option: string): Promise<void> {
  await tabTo(page, selector);
  for (let i = 0; i < 250; i++) {
    const chosen = await page.$eval(
      selector,
      (el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '',
    );
    if (chosen === option) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`${selector}: no option ${option}`);
}

/** Tabs into a radio group, checks the focused radio with Space, then arrows to the one labelled `choice`. */
async function chooseRadio(page: Page, name: string, choice: string): Promise<void> {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  await page.keyboard.press('Space');
  for (let i = 0; i < 10; i++) {
    const label = await page.evaluate(
      (n) =>
        // The forms kit puts <label for> beside the input: read the input's own labels.
        document.querySelector<HTMLInputElement>(`input[name="${n}"]:checked`)?.labels?.[0]?.textContent ??
        '',
      name,
    );
    if (label.trim() === choice) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`radio ${name}: no choice ${choice}`);
}

/** Types a date into <input type=date> segment by segment (Chromium here orders them month/day/year). */
async function typeDate(page: Page, selector: string, iso: string): Promise<void> {
  await tabTo(page, selector);
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${m}${d}${y}`);
  expect(await page.inputValue(selector)).toBe(iso);
}

/**
 * The harvesting period in the current (Beijing-time) year: from tomorrow to 31 December, regeneration
 * by 31 March of the next year — the quota consumed is that year's, whatever year the journey runs.
 */
function harvestPeriod(): { from: string; to: string; regenDeadline: string } {
  const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
  const year = Number(tomorrow.slice(0, 4));
  return { from: tomorrow, to: `${year}-12-31`, regenDeadline: `${year + 1}-03-31` };
}

// A minimal, well-formed PDF: the server checks uploads by their content, not their name.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Tabs to a file input, opens the chooser with Space and picks a PDF. */
async function attachPdf(page: Page, selector: string, name: string): Promise<void> {
  await tabTo(page, selector);
  // Under load Chromium now and then drops the first key press on a file input; a person would press
  // again, and so does the journey (up to three times) before it gives up.
  let chooser: import('playwright-core').FileChooser | null = null;
  for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
    await expect
      .poll(() => page.evaluate((sel) => document.activeElement === document.querySelector(sel), selector))
      .toBe(true);
    [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 8_000 }).catch(() => null),
      page.keyboard.press('Space'),
    ]);
  }
  if (!chooser) throw new Error(`${name}：按空格键三次都没有打开文件选择框`);
  await chooser.setFiles({ name, mimeType: 'application/pdf', buffer: PDF });
  expect(await page.$eval(selector, (el) => (el as HTMLInputElement).files?.length ?? 0)).toBe(1);
}

describe('keyboard only', () => {
  it('searches the site from the home page and opens a result', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await page.goto('/');
    // The first Tab reaches the skip link, and it shows.
    await page.keyboard.press('Tab');
    const first = await focusState(page);
    expect(first.tag).toBe('A');
    expect(first.visible).toBe(true);
    await typeInto(page, '#site-search-q', '林木采伐');
    await Promise.all([page.waitForURL('**/search?**'), page.keyboard.press('Enter')]);
    expect(decodeURIComponent(page.url())).toContain('q=林木采伐');
    await visible(page.locator('main a[href^="/articles/"]'));
    await tabTo(page, 'main a[href^="/articles/"]');
    const title = (await page.evaluate(() => document.activeElement?.textContent ?? '')).trim();
    await Promise.all([page.waitForURL('**/articles/**'), page.keyboard.press('Enter')]);
    const h1 = (await (await visible(page.locator('main h1'))).textContent())?.trim() ?? '';
    expect(h1.length).toBeGreaterThan(0);
    expect(title).toContain(h1.slice(0, 6));
    expect(problems).toEqual([]);
  });

  it('zhangsan applies for a timber harvesting permit and gets a receipt code', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await page.goto('/account/login?next=%2Fservices%2FLIC-01%2Fapply');
    await typeInto(page, '#f-username', 'zhangsan');
    await typeInto(page, '#f-password', DEMO_PASSWORD);
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/services/LIC-01/apply'),
      page.keyboard.press('Enter'),
    ]);
    await visible(page.getByRole('heading', { name: /申请：林木采伐许可证核发/ }));

    // 申请人与林权
    await typeInto(page, '#f-forestRightCertNo', '豫(2021)中牟县不动产权第0001234号');
    await typeInto(page, '#f-contactName', '张三');
    await typeInto(page, '#f-contactPhone', '13803710001');
    // 采伐地点
    await chooseOption(page, '#f-county', '中牟县');
    await typeInto(page, '#f-township', '官渡镇');
    await typeInto(page, '#f-village', '大孟村');
    await typeInto(page, '#f-compartment', '012');
    await typeInto(page, '#f-subCompartment', '03');
    await typeInto(page, '#f-placeName', '杨树岗');
    await typeInto(page, '#f-boundaryEast', '村道');
    await typeInto(page, '#f-boundarySouth', '王庄地界');
    await typeInto(page, '#f-boundaryWest', '水渠');
    await typeInto(page, '#f-boundaryNorth', '国有林场');
    // 林分情况: a planted commercial poplar stand
    await chooseRadio(page, 'forestCategory', '商品林');
    await chooseOption(page, '#f-forestType', '用材林');
    await chooseRadio(page, 'origin', '人工林');
    await typeInto(page, '#f-standAge', '12');
    await typeInto(page, '#f-canopyDensity', '0.70');
    // 采伐设计: a small clear-cut
    await chooseOption(page, '#f-harvestType', '主伐');
    await chooseRadio(page, 'harvestMethod', '皆伐');
    await typeInto(page, '#f-intensity', '100');
    const period = harvestPeriod();
    await typeDate(page, '#f-periodFrom', period.from);
    await typeDate(page, '#f-periodTo', period.to);
    // 分树种采伐量: one row of poplar (2 亩, 80 株, 8 m³), the boxes in the row's order
    await typeInto(page, '#f-species', '杨树');
    await typeInto(page, '#f-areaMu', '2');
    await typeInto(page, '#f-treeCount', '80');
    await typeInto(page, '#f-stockVolume', '8');
    // 更新造林
    await typeInto(page, '#f-regenSpecies', '杨树');
    await typeInto(page, '#f-regenAreaMu', '2');
    await chooseOption(page, '#f-regenMethod', '人工植苗造林');
    await typeDate(page, '#f-regenDeadline', period.regenDeadline);
    // 申请人声明
    await chooseRadio(page, 'hillClosure', '否');
    await chooseRadio(page, 'lastRegeneration', '已完成更新造林');
    await chooseRadio(page, 'violationLastYear', '否');
    await tabTo(page, '#f-smallStandCommitment');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#f-smallStandCommitment')).toBe(true);
    // 办理材料
    await attachPdf(page, '#f-material_forest_right_cert', '林权证.pdf');
    await attachPdf(page, '#f-material_applicant_id', '身份证.pdf');
    await attachPdf(page, '#f-material_regeneration_plan', '更新造林方案.pdf');
    await attachPdf(page, '#f-material_commitment_letter', '告知承诺书.pdf');

    await tabTo(page, 'button[name="action"][value="submit"]');
    await Promise.all([
      page.waitForURL((url) => !url.pathname.endsWith('/apply')),
      page.keyboard.press('Enter'),
    ]);
    const main = await visible(page.locator('main'));
    const text = (await main.textContent()) ?? '';
    await saveScreenshot(page, 'keyboard-apply-receipt');
    expect(text).toContain('申请已提交。请记下查询码');
    // The receipt code (查询码), shown in groups of four: ABCD-EFGH-JKMN.
    expect(text).toMatch(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(problems).toEqual([]);
  });
});
