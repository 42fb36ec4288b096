// Journey: the information centre's web editor writes a news article in the workbench and sends
// it for review, the department office approves it (nobody reviews what they sent in themself),
// the editor publishes it, and an anonymous visitor finds it in its column, on its page and in
// the site search.
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
    await editor.getByLabel('正文（HTML）').fill(`<p>${BODY}</p>`);
    await button(editor, '保存草稿').click();
    await visible(editor.getByText('稿件已保存为草稿'));
    await editor.waitForURL(/\/admin\/portal\/articles\/[0-9a-f-]{36}$/);
    const articleId = new URL(editor.url()).pathname.split('/').pop();

    await (await visible(button(editor, '送审'))).click();
    await visible(editor.getByText('已送审'));
    await visible(editor.getByText('待审核', { exact: true }));

    // 2. The office (office, 厅办公室) finds it among the articles waiting for review and approves it.
    const reviewer = await newPage();
    const reviewerProblems = watchForBreakage(reviewer);
    await signIn(reviewer, 'office');
    await reviewer.goto('/admin/portal/review');
    await (await visible(reviewer.getByRole('link', { name: TITLE }))).click();
    await reviewer.waitForURL(`**/admin/portal/articles/${articleId}`);
    await (await visible(button(reviewer, '审核'))).click();
    const dialog = reviewer.getByRole('dialog', { name: '审核稿件' });
    await visible(dialog);
    await dialog.getByLabel('审核意见').fill('内容属实，同意发布。');
    await button(reviewer, '审核通过').click();
    await visible(reviewer.getByText('审核意见已提交'));

    // 3. Back with the editor, who may publish: publish now.
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
    const visitorProblems = watchForBreakage(visitor);
    await visitor.goto(`/columns/${COLUMN_CODE}`);
    await visible(visitor.getByRole('heading', { name: COLUMN }));
    await (await visible(visitor.locator('main').getByRole('link', { name: TITLE }))).click();
    await visitor.waitForURL(`**/articles/${articleId}`);
    await visible(visitor.getByRole('heading', { name: TITLE }));
    await visible(visitor.getByText(BODY));

    await visitor.goto(`/search?q=${encodeURIComponent('银杏古树名木普查')}`);
    const hit = visitor.locator('main').getByRole('link', { name: TITLE });
    await visible(hit);
    expect(await hit.getAttribute('href')).toContain(`/articles/${articleId}`);
    await saveScreenshot(visitor, 'portal-workflow-search');

    expect([...editorProblems, ...reviewerProblems, ...visitorProblems]).toEqual([]);
  });
});
