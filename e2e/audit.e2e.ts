// Journey: the audit administrator (审计管理员) reads the audit log and checks its SM3 hash chain.
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
    // The sign-in just made is itself on the record.
    await visible(page.getByRole('row').filter({ hasText: 'auth.login' }).filter({ hasText: 'auditadmin' }));
    await page.getByRole('button', { name: '校验审计链' }).click();
    const dialog = await visible(page.getByRole('dialog').filter({ hasText: '校验审计链' }));
    await visible(dialog.getByText('审计链完整'));
    expect(await dialog.textContent()).toMatch(/已校验 \d+ 条记录，未发现篡改/);
    await settled(page);
    await saveScreenshot(page, 'audit-chain-verified');
    expect(problems).toEqual([]);
  });
});
