// Journey: the office registers a leader's instruction on the supervision board and assigns it to
// 森林资源管理处; the division reports progress (the problems field filled in) and, before the due
// date, asks for an extension with a reason; the leader in charge (副局长 李文涛) approves it on the
// item page and the deadline moves; the office downloads the 督查通知. Screenshots at 1366 and 390 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxParagraphs, ooxmlParts } from '../src/platform/documents/test-support/read-back.ts';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();
const TITLE = '关于全省林地年度变更调查成果质量核查的批示';
let itemPath = '';
let dueDay = '';

async function shoot(page: Page, name: string) {
  await settled(page);
  await saveScreenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await settled(page);
  await saveScreenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** Picks an option of the antd select under this label (typed first when it searches: long lists are virtual). */
async function choose(page: Page, label: string, option: string, search = false) {
  await page.getByLabel(label, { exact: true }).click();
  if (search) await page.getByLabel(label, { exact: true }).fill(option);
  const item = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first();
  await item.waitFor();
  // The list filters as it is typed into: let it settle before the click.
  await page.waitForTimeout(500);
  await item.click();
}

const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('supervision', () => {
  it('the office registers an instruction and assigns it to a division', async () => {
    const page = await newPage();
    const broken = watchForBreakage(page);
    await page.goto('/admin/login');
    await signIn(page, 'office');
    await page.goto('/admin/supervision');
    // The board's own button (its name ends in 立项; the colour counts say 已立项待交办).
    const register = page.getByRole('button', { name: /立项$/ });
    await visible(register);
    await shoot(page, 'supervision-board');
    await register.click();
    await choose(page, '事项来源', '领导批示');
    await page.getByLabel('事项名称').fill(TITLE);
    await page.getByLabel('批示内容').fill('请资源处牵头，对年度变更调查成果逐县核查，确保数据真实准确。');
    await choose(page, '牵头单位', '森林资源管理处', true);
    await page.getByRole('dialog').getByRole('button', { name: /立项$/ }).click();
    await page.waitForURL(/\/admin\/supervision\/items\/[0-9a-f-]+$/);
    itemPath = new URL(page.url()).pathname;
    await visible(page.getByText('交办森林资源管理处牵头办理'));
    const item = await (await page.request.get(`/api/supervision/items/${itemPath.split('/').pop()}`)).json();
    dueDay = item.dueDay;
    expect(dueDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await shoot(page, 'supervision-item-office');
    expect(broken).toEqual([]);
  });

  it('the division reports progress and asks for an extension before the due date', async () => {
    const page = await newPage();
    const broken = watchForBreakage(page);
    await page.goto('/admin/login');
    await signIn(page, 'ziyuan');
    await page.goto(itemPath);
    await page.getByRole('button', { name: '报送进展情况' }).click();
    const report = page.getByRole('dialog');
    await report.getByLabel('工作进展').fill('已完成12个县的成果核查，其余县区正在核查。');
    await report.getByLabel('完成百分比').fill('30');
    await report.getByLabel('存在的问题和风险').fill('部分县区外业底图更新滞后。');
    await report.getByRole('button', { name: '提交' }).click();
    await visible(page.getByText('问题和风险：部分县区外业底图更新滞后。'));

    await page.getByRole('button', { name: '申请延期' }).click();
    const ask = page.getByRole('dialog');
    await visible(ask.getByText(`现办理期限：${dueDay}`));
    await ask.getByLabel('申请延期至').click();
    await ask.getByLabel('申请延期至').fill(plusDays(dueDay, 14));
    await page.keyboard.press('Enter');
    await ask.getByLabel('延期理由').fill('外业核查受降雪影响，部分县区需延后完成实地核实。');
    await shoot(page, 'supervision-extension-request');
    await ask.getByRole('button', { name: '提交' }).click();
    await visible(page.getByText('待分管厅领导审批'));
    await visible(page.getByText(`森林资源管理处申请延期至${plusDays(dueDay, 14)}`));
    expect(broken).toEqual([]);
  });

  it('the leader in charge approves it and the deadline moves', async () => {
    const page = await newPage();
    const broken = watchForBreakage(page);
    await page.goto('/admin/login');
    await signIn(page, 'deputy');
    await page.goto(itemPath);
    await page.getByRole('button', { name: '审批延期申请' }).click();
    const decide = page.getByRole('dialog');
    await visible(decide.getByText(plusDays(dueDay, 14)));
    await decide.getByLabel('意见', { exact: true }).fill('同意延期，请按新的期限办结。');
    await decide.getByRole('button', { name: '提交' }).click();
    await visible(page.getByText('已同意延期'));
    await visible(page.getByText('分管厅领导李文涛同意延期'));
    const item = await (await page.request.get(`/api/supervision/items/${itemPath.split('/').pop()}`)).json();
    // The day asked for, or the next working day when it is a rest day.
    expect(item.dueDay >= plusDays(dueDay, 14)).toBe(true);
    expect(item.extensionCount).toBe(1);
    await shoot(page, 'supervision-item-extended');
    expect(broken).toEqual([]);
  });

  it('the office downloads the 督查通知 naming the division and the deadline', async () => {
    const page = await newPage();
    await page.goto('/admin/login');
    await signIn(page, 'office');
    await page.goto(itemPath);
    const href = await (await visible(page.getByRole('link', { name: /督查通知/ }))).getAttribute('href');
    const docx = await page.request.get(href as string);
    expect(docx.status()).toBe(200);
    const text = docxParagraphs(ooxmlParts(await docx.body())['word/document.xml']).join('\n');
    expect(text).toContain(`关于督办“${TITLE}”的通知`);
    expect(text).toContain('森林资源管理处：');
    expect(text).toMatch(/请于\d{4}年\d{1,2}月\d{1,2}日前办结/);
  });
});
