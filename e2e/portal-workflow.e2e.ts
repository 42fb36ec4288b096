// Journey: the information centre's web editor writes a news article in the workbench — typed,
// pasted from Word (headings, lists and a table kept, Word's styles dropped) and with a picture
// uploaded through the files service — and sends it for review (no 审核 button on their own), the department office approves it (nobody reviews what they sent in themself),
// the editor publishes it, and an anonymous visitor finds it in its column, on its page and in
// the site search.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();

// 国内林业动态: a second-level news column of 林业动态 with one review step (信息中心 is responsible).
const COLUMN = '国内林业动态';
const COLUMN_CODE = 'gnlydt';
// Unique per run; 古树名木 is one term of the site's word list, 银杏 and 普查 are ordinary words.
const TITLE = `银杏古树名木普查${Date.now()}`;
const BODY = '全省共登记银杏古树一千二百余株，其中树龄五百年以上的一级古树一百三十株，已逐株挂牌保护。';

// A table with its caption, as a web page's clipboard carries it.
const CAPTION = '表 1 古树名录（节选）';
const CAPTIONED_TABLE = `<figure><table><tbody><tr><th>树种</th><th>株数</th></tr><tr><td>银杏</td><td>12</td></tr></tbody></table><figcaption>${CAPTION}</figcaption></figure>`;
// What Word puts on the clipboard for a heading, a styled paragraph, a bulleted list and a table
// (abridged from Word 2016's clipboard HTML: Mso classes, mso-list paragraphs with their typed
// bullet in a conditional comment, fonts and colours on every span).
const WORD_CLIPBOARD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang=ZH-CN>
<!--StartFragment--><h1><span style='font-family:黑体'>保护措施<o:p></o:p></span></h1>
<p class=MsoNormal><span style='font-size:16.0pt;font-family:仿宋_GB2312;color:#C00000'>古树实行<b>一树一档</b>管理。<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span>设立保护标志<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span>落实日常养护责任人<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td width=184 style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>等级</b></p></td><td width=184><p class=MsoNormal><b>株数</b></p></td></tr>
<tr><td width=184><p class=MsoNormal>一级古树</p></td><td width=184><p class=MsoNormal>130</p></td></tr></table>
<!--EndFragment--></body></html>`;

// The picture the editor uploads (a real PNG, made by the browser).
async function picture(page: Page): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lz-img-')), '银杏古树.png');
  const data = await page.evaluate(() => {
    const c = document.createElement('canvas');
    c.width = 120;
    c.height = 80;
    const g = c.getContext('2d')!;
    g.fillStyle = '#2e7d32';
    g.fillRect(0, 0, 120, 80);
    return c.toDataURL('image/png').split(',')[1];
  });
  fs.writeFileSync(file, Buffer.from(data, 'base64'));
  return file;
}

// Ant Design spaces two-character button labels ("送 审") and an icon adds its name ("plus 写稿件"),
// so a button is found by its label at the end of the name, spaces allowed between characters.
const button = (page: Page, label: string) =>
  page.getByRole('button', { name: new RegExp(`(^|\\s)${[...label].join('\\s*')}\\s*$`) });

describe('writing, reviewing and publishing an article', () => {
  it('goes from the editor through review to the public column, page and search', async () => {
    // 1. The web editor (xinxi) writes the article and sends it for review.
    const editor = await newPage();
    const editorProblems = watchForBreakage(editor);
    await signIn(editor, 'xinxi');
    await editor.goto('/admin/portal/articles');
    await (await visible(button(editor, '写稿件'))).click();
    await editor.waitForURL('**/admin/portal/articles/new');
    // The list's own column filter is also labelled 栏目: wait until the editor has replaced it.
    await visible(editor.getByRole('button', { name: '保存草稿' }));

    await editor.getByLabel('栏目', { exact: true }).click();
    await editor.getByLabel('栏目', { exact: true }).fill(COLUMN);
    await (await visible(editor.getByRole('treeitem', { name: COLUMN, exact: true }))).click();
    await editor.getByLabel('标题', { exact: true }).fill(TITLE);
    await editor.getByLabel('来源', { exact: true }).fill('省林业厅信息中心');
    // The body: typed, then pasted from Word, then a picture.
    const body = editor.getByRole('textbox', { name: '正文' });
    await (await visible(body)).click();
    await editor.keyboard.type(BODY);
    await editor.keyboard.press('Enter');
    await body.evaluate((el, html) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/html', html);
      clipboard.setData('text/plain', '保护措施');
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
      );
    }, WORD_CLIPBOARD);
    await visible(body.getByRole('heading', { name: '保护措施', level: 2 }));
    // Below the table: a click on the paragraph the editor keeps after it. Then a table with its
    // caption copied from a web page (<figure>…<figcaption>): the caption must survive the editor.
    await body.locator('p').last().click();
    await body.evaluate((el, html) => {
      const clipboard = new DataTransfer();
      clipboard.setData('text/html', html);
      clipboard.setData('text/plain', '树种 株数');
      el.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
      );
    }, CAPTIONED_TABLE);
    await visible(body.locator('figcaption', { hasText: CAPTION }));
    await body.locator('p').last().click();
    const [chooser] = await Promise.all([
      editor.waitForEvent('filechooser'),
      editor.getByRole('button', { name: /插入图片/ }).click(),
    ]);
    await chooser.setFiles(await picture(editor));
    await visible(body.locator('img[alt="银杏古树"]'));
    await button(editor, '保存草稿').click();
    await visible(editor.getByText('稿件已保存为草稿'));
    await editor.waitForURL(/\/admin\/portal\/articles\/[0-9a-f-]{36}$/);
    const articleId = new URL(editor.url()).pathname.split('/').pop();
    // Saved as the site's body format: Word's structure kept, its styles and bullets gone.
    const saved = await editor.evaluate(
      (id) => fetch(`/api/portal/articles/${id}`).then((r) => r.json() as Promise<{ bodyHtml: string }>),
      articleId,
    );
    expect(saved.bodyHtml).toContain(
      `<p>${BODY}</p><h2>保护措施</h2><p>古树实行<strong>一树一档</strong>管理。</p>`,
    );
    expect(saved.bodyHtml).toContain(
      '<ul><li><p>设立保护标志</p></li><li><p>落实日常养护责任人</p></li></ul>',
    );
    expect(saved.bodyHtml).toContain('<td colspan="1" rowspan="1"><p>一级古树</p></td>');
    expect(saved.bodyHtml).toMatch(/<img src="\/article-images\/[0-9a-f-]{36}" alt="银杏古树" \/>/);
    expect(saved.bodyHtml).toMatch(
      new RegExp(`<figure><table>.*<p>银杏</p>.*</table><figcaption>${CAPTION}</figcaption></figure>`),
    );
    expect(saved.bodyHtml).not.toMatch(/style=|class=|Mso|仿宋|·/);

    await (await visible(button(editor, '送审'))).click();
    await visible(editor.getByText('已送审'));
    await visible(editor.getByText('待审核', { exact: true }));
    // The editor may review in this column, but not what they sent in themself.
    await visible(editor.getByText(/送审人不能审核自己送审的稿件/));
    expect(await button(editor, '审核').count()).toBe(0);

    // 2. The office (office, 厅办公室) finds it among the articles waiting for review and approves it.
    const reviewer = await newPage();
    const reviewerProblems = watchForBreakage(reviewer);
    await signIn(reviewer, 'office');
    await reviewer.bringToFront();
    await reviewer.goto('/admin/portal/review');
    await (await visible(reviewer.getByRole('link', { name: TITLE }))).click();
    await reviewer.waitForURL(`**/admin/portal/articles/${articleId}`);
    // The page is ready when its requests and the editor's chunk are in: a click while they load
    // once left CI without the dialog (stop 21), so a person's pause is waited for.
    await reviewer.waitForLoadState('networkidle');
    await (await visible(button(reviewer, '审核'))).click();
    // The shown modal with that title. In CI (not here) the role-and-name query timed out three runs
    // in a row while the failure screenshot showed this dialog open: the query is by the modal's
    // box and title, and a frame is rendered (a screenshot) if it has not shown after 5 s.
    const dialog = reviewer.locator('.ant-modal:visible', { hasText: '审核稿件' });
    await visible(dialog, 5_000).catch(async () => {
      await reviewer.screenshot();
      await visible(dialog);
    });
    await dialog.getByLabel('审核意见').fill('内容属实，同意发布。');
    await button(reviewer, '审核通过').click();
    await visible(reviewer.getByText('审核意见已提交'));

    // 3. Back with the editor, who may publish: publish now.
    await editor.bringToFront();
    await editor.reload();
    await (await visible(button(editor, '发布'))).click();
    const publish = editor.getByRole('dialog', { name: '发布稿件' });
    await visible(publish);
    await publish.getByRole('button', { name: /^\s*确\s*定\s*$/ }).click();
    await visible(editor.getByText('已发布', { exact: true }));
    await visible(editor.getByText('（网上为第 1 版）'));
    await visible(editor.getByRole('link', { name: /查看网上页面/ }));
    await settled(editor);
    await saveScreenshot(editor, 'portal-workflow-published');

    // 4. A visitor, not signed in, sees it in the column, on its own page and in the search.
    const visitor = await newPage();
    await visitor.bringToFront();
    const visitorProblems = watchForBreakage(visitor);
    await visitor.goto(`/columns/${COLUMN_CODE}`);
    await visible(visitor.getByRole('heading', { name: COLUMN }));
    await (await visible(visitor.locator('main').getByRole('link', { name: TITLE }))).click();
    await visitor.waitForURL(`**/articles/${articleId}`);
    await visible(visitor.getByRole('heading', { name: TITLE }));
    await visible(visitor.getByText(BODY));
    await visible(visitor.locator('main table').getByText('一级古树'));
    await visible(visitor.locator('main figcaption', { hasText: CAPTION }));
    const img = visitor.locator('main img[alt="银杏古树"]');
    await visible(img);
    expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(120);

    await visitor.goto(`/search?q=${encodeURIComponent('银杏古树名木普查')}`);
    const hit = visitor.locator('main').getByRole('link', { name: TITLE });
    await visible(hit);
    expect(await hit.getAttribute('href')).toContain(`/articles/${articleId}`);
    await saveScreenshot(visitor, 'portal-workflow-search');

    expect([...editorProblems, ...reviewerProblems, ...visitorProblems]).toEqual([]);
  });
});
