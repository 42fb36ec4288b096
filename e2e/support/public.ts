// Signing in to the public site (网上办事账号) the way a person does: /account/login, the form.
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './workbench.ts';

/** Signs a public account (zhangsan, hnmy) in through /account/login and waits to leave the form. */
export async function signInPublic(page: Page, username: string, next = '/'): Promise<void> {
  await page.goto(`/account/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/account/login'),
    page.locator('main').getByRole('button', { name: '登录' }).click(),
  ]);
}
