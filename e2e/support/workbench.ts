// Signing in to the workbench the way a person does: /admin, the sign-in form, the TOTP step.
import { Secret, TOTP } from 'otpauth';
import type { Locator, Page } from 'playwright-core';

// The demo accounts (src/modules/org/demo.ts), typed in as a person would.
export const DEMO_PASSWORD = 'Linzheng@2026';
const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

/** The code an authenticator app would show now. */
export function currentTotpCode(): string {
  return new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), digits: 6, period: 30 }).generate();
}

/** Waits until the locator is visible (playwright-core has no `expect`; this is its auto-wait). */
export async function visible(locator: Locator, timeout = 15_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator.first();
}

// Ant Design spaces two-character button labels ("登 录"), so the name is matched loosely.
const SIGN_IN = /^\s*登\s*录\s*$/;

export async function fillCredentials(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/admin');
  await (await visible(page.getByLabel('用户名'))).fill(username);
  await page.getByLabel('口令', { exact: true }).fill(password);
  await page.getByRole('button', { name: SIGN_IN }).click();
}

/** Signs in; administrators (sysadmin, secadmin, auditadmin) also get the TOTP step. */
export async function signIn(page: Page, username: string, options: { totp?: boolean } = {}): Promise<void> {
  await fillCredentials(page, username, DEMO_PASSWORD);
  if (options.totp) {
    const field = await visible(page.getByLabel('动态口令', { exact: true }));
    await field.fill(currentTotpCode());
    await page.getByRole('button', { name: '验证并登录' }).click();
    // A code is good for one sign-in (replay protection, auth.service): when an earlier journey used
    // this account's current code, the form says so, and a person waits for the app's next code.
    if ((await signedInOr(page, page.getByText(/动态口令(错误|不正确)/))) === 'other') {
      await page.waitForTimeout(msToNextTotpPeriod() + 500);
      await field.fill(currentTotpCode());
      await page.getByRole('button', { name: '验证并登录' }).click();
    }
  }
  // Signed in: away from /admin/login (and not held on /admin/password to change an initial one).
  await page.waitForURL(isWorkbenchHome);
}

const isWorkbenchHome = (url: URL): boolean => url.pathname === '/admin' || url.pathname === '/admin/';

/** Milliseconds until the authenticator shows its next code (30-second periods). */
function msToNextTotpPeriod(): number {
  return 30_000 - (Date.now() % 30_000);
}

/** Whichever comes first: the workbench home page, or the given message. */
async function signedInOr(page: Page, message: Locator): Promise<'home' | 'other'> {
  return Promise.race([
    page.waitForURL(isWorkbenchHome, { timeout: 15_000 }).then(() => 'home' as const),
    message
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
      .then(() => 'other' as const),
  ]);
}

/** Uncaught script errors and CSP refusals: either leaves a person looking at a broken page. */
export function watchForBreakage(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`页面脚本错误：${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) problems.push(`CSP：${m.text()}`);
  });
  return problems;
}

/** Waits for running CSS animations and transitions (antd's modal fade-in) so a screenshot is clean. */
export async function settled(page: Page): Promise<void> {
  // Only the animations that end: a spinner or a pulsing badge runs forever and would never settle.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(Number(a.effect?.getComputedTiming().iterations ?? 1)))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
