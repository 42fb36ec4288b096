// Journey: a citizen applies for government information with JavaScript switched off (human
// check, receipt code and query password); the office asks for completion (补正) in the workbench;
// the citizen completes it on the tracking page; the office answers; the citizen reads the reply
// and downloads the reply notice (告知书, PDF). Screenshots at 1366 and 390 px.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pdfPages } from '../src/platform/documents/test-support/read-back.ts';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();
const NAME = '周文斌';
let receipt = { code: '', password: '', number: '' };

async function noScriptPage(width = 1366): Promise<Page> {
  const page = await newPage();
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({
    baseURL: inject('baseURL'),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    javaScriptEnabled: false,
    viewport: { width, height: 900 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ORDINAL: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3 };

async function answerHumanCheck(page: Page): Promise<void> {
  const label = ((await page.locator('label', { hasText: '验证问题' }).first().textContent()) ?? '').trim();
  const sum = /(.)加(.)等于几/.exec(label);
  const word = /“([^”]+)”的第(.)个字/.exec(label);
  const answer = sum
    ? String(NUMERALS[sum[1]] + NUMERALS[sum[2]])
    : word
      ? [...word[1]][ORDINAL[word[2]]]
      : '';
  expect(answer, label).not.toBe('');
  await page.getByLabel(/验证问题/).fill(answer);
}

async function track(page: Page) {
  await page.goto('/openness/track');
  await page.getByLabel('查询码').fill(receipt.code);
  await page.getByLabel('查询密码').fill(receipt.password);
  await page.getByRole('button', { name: '查询', exact: true }).click();
}

describe('applying for government information', () => {
  it('takes an application without JavaScript and shows the receipt code and password once', async () => {
    const page = await noScriptPage();
    await page.goto('/openness/apply');
    await visible(page.getByRole('heading', { name: '政府信息公开申请' }));
    await saveScreenshot(page, 'openness-apply-1366');
    await page.getByRole('button', { name: '提交申请' }).click();
    await visible(page.getByRole('link', { name: /请选择申请人类型/ }));
    await saveScreenshot(page, 'openness-apply-errors-1366');
    await page.getByLabel('自然人').check();
    await page.getByLabel('姓名或名称').fill(NAME);
    await page.getByLabel('身份证件号码或统一社会信用代码').fill('410105198001011239');
    await page.getByLabel('联系电话').fill('13938112233');
    await page.getByLabel('所需信息的名称或内容描述').fill('林业项目资金');
    await page.getByLabel('电子文档').check();
    await page.getByLabel(/网上查阅/).check();
    await answerHumanCheck(page);
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.waitForURL('**/openness/apply/submitted');
    const strong = page.locator('.receipt-code');
    receipt = {
      code: ((await strong.nth(0).textContent()) ?? '').replace(/[^A-Z0-9]/g, ''),
      password: ((await strong.nth(1).textContent()) ?? '').trim(),
      number: ((await page.locator('main strong').first().textContent()) ?? '').trim(),
    };
    expect(receipt.code).toMatch(/^[A-Z0-9]{12}$/);
    expect(receipt.password).toMatch(/^\d{6}$/);
    await saveScreenshot(page, 'openness-receipt-1366');
    await page.context().close();
  });

  it('shows the form on a phone', async () => {
    const page = await noScriptPage(390);
    await page.goto('/openness/apply');
    await saveScreenshot(page, 'openness-apply-390');
    await page.context().close();
  });

  it('the office asks for completion in the workbench', async () => {
    const office = await newPage();
    const problems = watchForBreakage(office);
    await signIn(office, 'office');
    await office.goto('/admin/openness/applications');
    const row = office.getByRole('row', { name: new RegExp(NAME) });
    await visible(row);
    await settled(office);
    await saveScreenshot(office, 'openness-queue-1366');
    await row.getByRole('link', { name: receipt.number }).click();
    await visible(office.getByRole('button', { name: '告知补正' }));
    await office.getByRole('button', { name: '告知补正' }).click();
    await office.getByLabel('需要补正的事项').fill('请写明所需林业项目资金的项目名称、年度和所在市县。');
    await office.getByRole('button', { name: /确\s*定/ }).click();
    await visible(office.getByText('待申请人补正').first());
    await settled(office);
    await saveScreenshot(office, 'openness-application-1366');
    expect(problems).toEqual([]);
  }, 180_000);

  it('the citizen completes it on the tracking page without JavaScript', async () => {
    const page = await noScriptPage(390);
    await track(page);
    await visible(page.getByText('请写明所需林业项目资金的项目名称、年度和所在市县。').first());
    await page.getByLabel('补正内容').fill('2025年度省级林业生态建设资金（信阳市新县）的分配明细。');
    await page.getByRole('button', { name: '提交补正' }).click();
    await visible(page.getByText('补正已提交').first());
    await saveScreenshot(page, 'openness-track-supplemented-390');
    await page.context().close();
  });

  it('the office answers, and the citizen reads the reply and downloads the notice', async () => {
    const office = await newPage();
    await signIn(office, 'office');
    await office.goto('/admin/openness/applications');
    await office.getByRole('link', { name: receipt.number }).click();
    await office.getByRole('button', { name: '作出答复' }).click();
    await office.getByRole('combobox', { name: '答复类型' }).click();
    await office.locator('.ant-select-item-option', { hasText: '予以公开' }).first().click();
    await office
      .getByLabel('理由、依据或提供方式')
      .fill('随本告知书提供《2025年度省级林业生态建设资金分配表（新县）》电子文档。');
    await office.getByRole('button', { name: /确\s*定/ }).click();
    await visible(office.getByText('答复：予以公开'));
    await settled(office);
    await saveScreenshot(office, 'openness-application-answered-1366');

    const page = await noScriptPage(390);
    await track(page);
    await visible(page.getByText('已答复').first());
    await saveScreenshot(page, 'openness-track-answered-390');
    // The download form's own post (the button's form: token and kind), as the browser sends it.
    const token = await page
      .locator('form[action="/openness/track/notice"] input[name="token"]')
      .first()
      .inputValue();
    const res = await page.request.post('/openness/track/notice', { form: { token, kind: 'pdf' } });
    expect(res.headers()['content-type']).toBe('application/pdf');
    expect(res.headers()['content-disposition']).toMatch(/^attachment/);
    const text = pdfPages(Buffer.from(await res.body()))
      .join('')
      .replace(/\s+/g, '');
    expect(text).toContain('政府信息予以公开告知书');
    expect(text).toContain(`${NAME}：`);
    await page.context().close();
  }, 180_000);
});
