// Journey: a citizen writes to the 厅长信箱 with JavaScript switched off (human check, receipt code
// and query password); the office routes the letter to a unit, the unit drafts the reply with the
// redaction suggestions, its head approves, the office approves and the reply is sent; the
// citizen reads the reply with the receipt code and rates it; the office finds the rating in the
// month's figures (来信统计). Screenshots at 1366 and 390 px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { seriousA11yViolations } from './support/a11y.ts';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();
const SUBJECT = '村口护林员补助的问题（浏览器测试）';
let receipt = { code: '', password: '' };
const extra: Browser[] = [];
afterAll(async () => {
  for (const b of extra) await b.close().catch(() => undefined);
});

/** A page with JavaScript switched off, as an old phone's browser with scripts blocked. */
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
  });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ORDINAL: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3 };

/** Reads the question in the form and answers it as a person would. */
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

describe('the director’s mailbox', () => {
  it('takes a letter without JavaScript and shows the receipt code and password once', async () => {
    // The accessibility check runs scripts (axe): on a page with JavaScript on.
    const checked = await newPage();
    await checked.goto('/letters/new?channel=mailbox');
    expect(await seriousA11yViolations(checked)).toEqual([]);
    const page = await noScriptPage();
    await page.goto('/letters/new?channel=mailbox');
    await visible(page.getByRole('heading', { name: /厅长信箱/ }));
    await saveScreenshot(page, 'letters-form-1366');
    // First without the required fields: the messages name them.
    await page.getByRole('button', { name: '提交来信' }).click();
    await visible(page.getByText('请填写姓名').first());
    await page.getByLabel('姓名').fill('王建国');
    await page.getByLabel('联系电话').fill('13838112233');
    await page.getByLabel('来信类别').selectOption('林业改革与政策');
    await page.getByLabel('标题').fill(SUBJECT);
    await page
      .getByLabel('来信内容')
      .fill(
        '我是新县八里畈镇护林员王建国，电话13838112233。去年下半年的护林员补助至今没有发放，请问什么时候能发？',
      );
    await page.getByLabel(/同意在隐去个人信息后公开/).check();
    await answerHumanCheck(page);
    await page.getByRole('button', { name: '提交来信' }).click();
    await page.waitForURL('**/letters/submitted');
    const code = ((await page.locator('.letters-receipt dd strong').nth(0).textContent()) ?? '').replace(
      /[^A-Z0-9]/g,
      '',
    );
    const password = ((await page.locator('.letters-receipt dd strong').nth(1).textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{12}$/);
    expect(password).toMatch(/^\d{6}$/);
    receipt = { code, password };
    await saveScreenshot(page, 'letters-receipt-1366');
    await page.context().close();
  });

  it('shows the form and the public page on a phone', async () => {
    const page = await noScriptPage(390);
    await page.goto('/letters/new?channel=mailbox');
    await saveScreenshot(page, 'letters-form-390');
    await page.goto('/letters');
    await saveScreenshot(page, 'letters-public-390');
    await page.context().close();
  });

  it('is routed, drafted with redaction, approved twice and answered in the workbench', async () => {
    const office = await newPage();
    const problems = watchForBreakage(office);
    await signIn(office, 'office');
    await office.goto('/admin/interaction/letters');
    const row = office.getByRole('row', { name: new RegExp(SUBJECT) });
    await visible(row);
    await saveScreenshot(office, 'letters-queue-1366');
    await row.getByRole('link', { name: SUBJECT }).click();
    await visible(office.getByRole('button', { name: '受理交办' }));
    await office.getByRole('button', { name: '受理交办' }).click();
    await office.getByRole('combobox', { name: '承办单位' }).click();
    await office.keyboard.type('森林资源');
    await office
      .locator('.ant-select-tree-node-content-wrapper', { hasText: '森林资源管理处' })
      .first()
      .click();
    await office.getByRole('button', { name: /确\s*定/ }).click();
    await visible(office.getByText('已交办'));

    const drafter = await newPage();
    await signIn(drafter, 'ziyuan');
    await drafter.goto('/admin/interaction/letters?tab=assigned');
    await drafter.getByRole('link', { name: SUBJECT }).first().click();
    await visible(drafter.getByText('起草答复'));
    await drafter
      .getByLabel('答复内容（发送给来信人）')
      .fill('王建国同志：您好！经核实，补助将于本月底前发放到位。');
    await drafter.getByText(/在网站“答复公开”中公开/).click();
    await drafter.getByRole('button', { name: '脱敏建议' }).click();
    await visible(drafter.getByText('电话：13838112233'));
    const question = await drafter.getByLabel('公开的来信内容（脱敏后）').inputValue();
    expect(question).not.toContain('13838112233');
    expect(question).not.toContain('王建国');
    await settled(drafter);
    await saveScreenshot(drafter, 'letters-reply-editor-1366');
    await drafter.getByRole('button', { name: '提交单位负责人审核' }).click();
    await visible(drafter.getByText('已提交单位负责人审核'));

    const head = await newPage();
    await signIn(head, 'chuzhang');
    await head.goto('/admin/interaction/letters?tab=review');
    await head.getByRole('link', { name: SUBJECT }).first().click();
    await head.getByRole('button', { name: '审核通过' }).click();
    await head.getByRole('button', { name: /确\s*定|OK/ }).click();
    await visible(head.getByText('已审核通过'));

    await office.goto('/admin/interaction/letters?tab=review');
    await office.getByRole('link', { name: SUBJECT }).first().click();
    await office.getByRole('button', { name: '办公室审核通过并答复' }).click();
    await office.getByRole('button', { name: /确\s*定|OK/ }).click();
    await visible(office.getByText('按期答复'));
    await saveScreenshot(office, 'letters-detail-answered-1366');
    await office.goto('/admin/');
    await visible(office.getByText('最临近答复期限'));
    await settled(office);
    await saveScreenshot(office, 'letters-home-card-1366');
    expect(problems).toEqual([]);
    // Four people sign in and act in turn: longer than one step's default on a loaded machine.
  }, 300_000);

  it('lets the citizen read the reply with the receipt code and rate it, without JavaScript', async () => {
    const page = await noScriptPage(390);
    await page.goto('/letters/track');
    await page.getByLabel('查询码').fill(receipt.code);
    await page.getByLabel('查询密码').fill(receipt.password);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await visible(page.getByText('经核实，补助将于本月底前发放到位'));
    await page.getByLabel('满意', { exact: true }).check();
    await page.getByRole('button', { name: '提交评价' }).click();
    await visible(page.getByText('您的评价：满意'));
    await saveScreenshot(page, 'letters-track-rated-390');
    // The published reply carries no name or phone number.
    await page.goto('/letters');
    await page.getByRole('link', { name: SUBJECT }).first().click();
    const text = await page.locator('main').textContent();
    expect(text).toContain('补助将于本月底前发放到位');
    expect(text).not.toContain('13838112233');
    await saveScreenshot(page, 'letters-public-reply-390');
    await page.context().close();
  });

  it('shows the office the figures under 互动交流 › 来信统计, with the rating just given', async () => {
    const office = await newPage();
    const problems = watchForBreakage(office);
    await signIn(office, 'office');
    await office.getByRole('menuitem', { name: /来信统计/ }).click();
    await office.waitForURL(/\/admin\/interaction\/stats$/);
    await visible(office.getByRole('img', { name: /每月收到来信数、答复数与按期答复率/ }));
    // This month's row counts the citizen's 满意 of the journey above.
    const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })
      .format(new Date())
      .split('-')
      .map(Number);
    const row = office.getByRole('row', { name: new RegExp(`^${y}年${m}月`) });
    await visible(row);
    expect(Number(await row.getByRole('cell').nth(5).textContent())).toBeGreaterThanOrEqual(1);
    await settled(office);
    expect(await seriousA11yViolations(office)).toEqual([]);
    await saveScreenshot(office, 'letters-stats-1366');
    await office.setViewportSize({ width: 390, height: 900 });
    await settled(office);
    await saveScreenshot(office, 'letters-stats-390');
    expect(problems).toEqual([]);
  });
});
