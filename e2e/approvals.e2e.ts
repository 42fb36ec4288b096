// Journeys: 三员分立 — the security administrator proposes resetting the audit administrator's
// password, the system administrator confirms it; and window staff hand a citizen a reset code after
// checking the identity card.
import { describe, expect, it } from 'vitest';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import { settled, signIn, visible, watchForBreakage } from './support/workbench.ts';

const { newPage } = browserPerFile();
// 张三 in the demo data (src/modules/org/demo.ts): 410105 19850612 031 and the check digit 8.
const ZHANGSAN_ID = '410105198506120318';

describe('two-person approval', () => {
  it('one administrator proposes, another confirms, and the list says who did what', async () => {
    const sec = await newPage();
    const problems = watchForBreakage(sec);
    await signIn(sec, 'secadmin', { totp: true });
    await sec.goto('/admin/approvals');
    await visible(sec.getByRole('heading', { name: '双人审批' }));
    await sec.getByRole('button', { name: /提出申请/ }).click();
    const drawer = await visible(sec.getByRole('dialog', { name: '提出双人审批申请' }));
    // 事项 defaults to resetting an administrator's password.
    await visible(drawer.getByText('重置管理员口令'));
    await drawer.getByLabel('账号').click();
    await drawer.getByLabel('账号').fill('auditadmin');
    // antd's Select keeps a hidden role=option list for screen readers; the visible item is the one to click.
    await (
      await visible(
        sec.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'auditadmin' }),
      )
    ).click();
    await drawer.getByLabel('事由').fill('审计管理员忘记口令，本人已电话确认');
    await drawer.getByRole('button', { name: /提\s*出/ }).click();
    await visible(sec.getByText('申请已提出，已通知三位管理员，等待另一位管理员确认'));
    const row = await visible(sec.getByRole('row', { name: /重置 .*auditadmin.* 的口令/ }));
    expect(await row.textContent()).toContain('待确认');
    // The proposer may withdraw, never confirm.
    expect(await row.getByRole('button', { name: /撤\s*回/ }).count()).toBe(1);
    expect(await row.getByRole('button', { name: /确\s*认/ }).count()).toBe(0);
    await settled(sec);
    await saveScreenshot(sec, 'approvals-proposed-1366');
    await sec.setViewportSize({ width: 390, height: 844 });
    await settled(sec);
    await saveScreenshot(sec, 'approvals-proposed-390');

    const sys = await newPage();
    await signIn(sys, 'sysadmin', { totp: true });
    await sys.goto('/admin/approvals');
    const pending = await visible(sys.getByRole('row', { name: /重置 .*auditadmin.* 的口令/ }));
    await pending.getByRole('button', { name: /确\s*认/ }).click();
    const dialog = await visible(sys.getByRole('dialog'));
    await dialog.getByLabel('核实情况（可不填）').fill('已与本人电话核实');
    await dialog.getByRole('button', { name: '确认生效' }).click();
    await visible(sys.getByText('已确认，变更已生效'));
    await sys.getByText('已生效', { exact: true }).click();
    const done = await visible(sys.getByRole('row', { name: /重置 .*auditadmin.* 的口令/ }));
    expect(await done.textContent()).toMatch(/已确认生效.*已与本人电话核实/);
    await settled(sys);
    await saveScreenshot(sys, 'approvals-confirmed-1366');
    expect(problems).toEqual([]);
  });
});

describe('password reset at the counter', () => {
  it('finds the account by the ID card, and hands over a code once the original was checked', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await signIn(page, 'window');
    await page.goto('/admin/counter-reset');
    await visible(page.getByRole('heading', { name: '窗口重置密码' }));
    await page.getByLabel('居民身份证号码').fill(ZHANGSAN_ID);
    await page.getByRole('button', { name: '查找账号' }).click();
    await visible(page.getByText('4101**********0318'));
    await page.getByRole('button', { name: '出具重置码' }).click();
    // Not checked yet: the clerk is asked to confirm, nothing is issued.
    await visible(page.getByText('请确认已核验证件原件，且来人与证件相符'));
    await page.getByLabel(/已核验证件原件/).check();
    await page.getByRole('button', { name: '出具重置码' }).click();
    await visible(page.getByText('重置码已出具'));
    const slip = await visible(page.locator('.lz-counter-slip'));
    expect(await slip.textContent()).toMatch(/重置码：[2-9A-Z]{4} [2-9A-Z]{4}/);
    await settled(page);
    await saveScreenshot(page, 'counter-reset-slip-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await settled(page);
    await saveScreenshot(page, 'counter-reset-slip-390');
    expect(problems).toEqual([]);
  });
});
