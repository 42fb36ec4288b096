// Journey: the audit administrator (审计管理员) reads the audit log by names, picks an action to
// filter by, exports what the filter shows, and checks the SM3 hash chain.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();

describe('audit log', () => {
  it('shows auditadmin the log with the sign-ins, and the chain check passes', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await signIn(page, 'auditadmin', { totp: true });
    await (await visible(page.getByRole('menuitem', { name: '审计日志' }))).click();
    await page.waitForURL('**/admin/audit');
    // The sign-in just made is itself on the record: the action by its name, the operator by name
    // and unit, the object (the account) by name and username.
    const signInRow = page
      .getByRole('row')
      .filter({ hasText: '登录' })
      .filter({ hasText: '马俊杰' })
      .filter({ hasText: '马俊杰（auditadmin）' });
    await visible(signInRow);
    // The action filter is a picker: typed Chinese finds 登录 under 平台.
    await page.locator('#action').click();
    await page.keyboard.type('登录');
    await (
      await visible(
        page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: /^登录$/ }),
      )
    ).click();
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/action=auth\.login/);
    // The address changes before the page re-renders (a router transition): the export link then
    // carries the filter.
    await page.waitForFunction(() => document.querySelector('a[href="/api/audit.xlsx?action=auth.login"]'));
    await settled(page);
    expect(await page.getByRole('row').filter({ hasText: '退出登录' }).count()).toBe(0);
    // The export carries the filter in words.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /导出 Excel/ }).click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await streamToBuffer(await download.createReadStream())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('审计日志')!;
    expect(String(ws.getCell('A2').value)).toMatch(/^筛选条件：操作：登录　共 \d+ 条/);
    expect(ws.getCell('E4').value).toBe('登录');
    await page.getByRole('button', { name: '校验审计链' }).click();
    const dialog = await visible(page.getByRole('dialog').filter({ hasText: '校验审计链' }));
    await visible(dialog.getByText('审计链完整'));
    expect(await dialog.textContent()).toMatch(/已校验 \d+ 条记录，未发现篡改/);
    await settled(page);
    await saveScreenshot(page, 'audit-chain-verified');
    expect(problems).toEqual([]);
  });
});

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
