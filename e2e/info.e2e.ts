// Journey: a city bureau (郑州市林业局) submits its weekly item in the workbench; the office finds it
// in the review queue and adopts it at provincial level (10 points); the bureau sees the outcome and
// its quarter's points; the office compiles the item into a numbered bulletin, issues it and reads
// the Word file back. Screenshots of every page at 1366 and 390 px.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { docxParagraphs, ooxmlParts } from '../src/platform/documents/test-support/read-back.ts';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();
const TITLE = '郑州市建成首批森林乡村示范村二十个';
let itemPath = '';

async function shoot(page: Page, name: string) {
  await settled(page);
  await saveScreenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await settled(page);
  await saveScreenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

describe('government information work', () => {
  it('a city bureau submits its weekly item', async () => {
    const page = await newPage();
    const broken = watchForBreakage(page);
    await page.goto('/admin/login');
    await signIn(page, 'zhengzhou');
    await page.goto('/admin/info/mine');
    await visible(page.getByText('报送任务').first());
    await shoot(page, 'info-mine');
    await page.getByRole('button', { name: '报送信息' }).click();
    await visible(page.getByLabel('标题'));
    await page.getByLabel('标题').fill(TITLE);
    await page.getByLabel('综合性、调研性').check();
    await page
      .getByLabel('正文（HTML）')
      .fill(
        '<p>今年以来，郑州市以森林乡村建设为抓手，统筹推进村庄绿化美化，首批20个森林乡村示范村全部建成，新增绿化面积1.2万亩。</p><p>主要做法：一是规划先行；二是群众参与；三是管护长效。</p>',
      );
    await page.getByLabel('联系电话').fill('0371-67180000');
    await shoot(page, 'info-new');
    await page.getByRole('button', { name: '报送', exact: true }).click();
    await page.waitForURL(/\/admin\/info\/items\/[0-9a-f-]+$/);
    itemPath = new URL(page.url()).pathname;
    await visible(page.getByText('已报送').first());
    expect(broken).toEqual([]);
  });

  it('the office adopts it at provincial level from the review queue', async () => {
    const page = await newPage();
    const broken = watchForBreakage(page);
    await page.goto('/admin/login');
    await signIn(page, 'office');
    await page.goto('/admin/info/review');
    await visible(page.getByRole('link', { name: TITLE }));
    await shoot(page, 'info-review');
    await page.getByRole('link', { name: TITLE }).click();
    await visible(page.getByRole('button', { name: '采用', exact: true }));
    await shoot(page, 'info-item-office');
    await page.getByRole('button', { name: '采用', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('采用级别').click();
    await page.locator('.ant-select-item-option', { hasText: '省委、省政府采用（10 分）' }).click();
    await dialog.getByLabel(/说明/).fill('省政府办公厅《河南政务信息》第88期采用');
    await settled(page);
    await saveScreenshot(page, 'info-adopt-1366');
    await dialog.getByRole('button', { name: '确定' }).click();
    await visible(page.getByText('省委、省政府采用，积 10 分'));
    expect(broken).toEqual([]);
  });

  it('the office compiles it into a bulletin, issues it and downloads the Word file', async () => {
    const page = await newPage();
    const broken = watchForBreakage(page);
    await page.goto('/admin/login');
    await signIn(page, 'office');
    await page.goto('/admin/info/bulletins');
    await visible(page.getByRole('button', { name: '编辑新一期' }));
    await shoot(page, 'info-bulletins');
    await page.getByRole('button', { name: '编辑新一期' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('本期标题').fill('全省森林乡村建设进展情况');
    await dialog.getByLabel(/所刊信息/).click();
    await dialog.getByLabel(/所刊信息/).fill('森林乡村示范村');
    await page.locator('.ant-select-item-option', { hasText: TITLE }).first().click();
    // Close the option list, which covers the dialog's buttons.
    await dialog.getByLabel('本期标题').click();
    await dialog.getByRole('button', { name: '创建草稿' }).click();
    await page.waitForURL(/\/admin\/info\/bulletins\/[0-9a-f-]+$/);
    await visible(page.getByText('编辑本期（草稿）'));
    await shoot(page, 'info-bulletin-draft');
    await page.getByRole('button', { name: '印发', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '印发', exact: true }).click();
    const heading = await visible(page.getByRole('heading', { name: /林业信息专报\d{4}年第\d+期/ }));
    const number = /\d{4}年第\d+期/.exec((await heading.textContent()) ?? '')?.[0] ?? '';
    await visible(page.getByText('领导批示（0）'));
    await shoot(page, 'info-bulletin-issued');
    const id = new URL(page.url()).pathname.split('/').pop();
    const docx = await page.request.get(`/api/info/bulletins/${id}/docx`);
    expect(docx.status()).toBe(200);
    const texts = docxParagraphs(ooxmlParts(await docx.body())['word/document.xml']).filter(Boolean);
    expect(texts.slice(0, 2)).toEqual(['林业信息专报', number]);
    expect(texts).toContain(TITLE);
    expect(texts.some((t) => t.startsWith('报：'))).toBe(true);
    expect(broken).toEqual([]);
  });

  it('the bureau sees the adoption and its points', async () => {
    const page = await newPage();
    await page.goto('/admin/login');
    await signIn(page, 'zhengzhou');
    await page.goto(itemPath);
    // 省委省政府 10 + 局信息专报 3
    await visible(page.getByText('采用与积分（共 13 分）'));
    await shoot(page, 'info-item-unit');
    await page.goto('/admin/');
    await visible(page.getByText('政务信息').first());
    await shoot(page, 'info-home');
  });
});
