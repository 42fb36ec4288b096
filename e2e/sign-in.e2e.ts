// Journeys: signing in to the workbench — the system administrator with TOTP, and a mistyped password.
import { describe, expect, it } from 'vitest';
import { seriousA11yViolations } from './support/a11y.ts';
import { browserPerFile, saveScreenshot } from './support/browser.ts';
import {
  DEMO_PASSWORD,
  fillCredentials,
  settled,
  signIn,
  visible,
  watchForBreakage,
} from './support/workbench.ts';

const { newPage } = browserPerFile();

describe('workbench sign-in', () => {
  it('lets sysadmin in with password and TOTP code, onto the workbench home page', async () => {
    const page = await newPage();
    const problems = watchForBreakage(page);
    await signIn(page, 'sysadmin', { totp: true });
    await visible(page.getByRole('heading', { name: '工作台首页' }));
    await visible(page.getByRole('banner').getByText('河南省林业局'));
    // The welcome card: sysadmin is 陈立新 of the department's information centre (demo data).
    await visible(page.getByRole('heading', { name: /，陈立新$/ }));
    await visible(page.getByText('河南省林业局信息中心', { exact: false }));
    await settled(page);
    await saveScreenshot(page, 'workbench-home-sysadmin');
    expect(problems).toEqual([]);
  });

  it('tells a person who mistypes the password, in Chinese, and keeps them on the sign-in form', async () => {
    const page = await newPage();
    await fillCredentials(page, 'director', `${DEMO_PASSWORD}x`);
    const message = await visible(page.getByText(/用户名或密码错误/));
    expect(await message.textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.getByLabel('用户名').inputValue()).toBe('director');
    await saveScreenshot(page, 'sign-in-wrong-password');
    // The sign-in form, error showing, is the one page every member of staff must be able to use.
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
