// Accessibility check with axe-core against WCAG 2.1 A and AA: the serious and critical findings.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** One line per serious or critical violation ("serious color-contrast: … — selector, …"); [] when clean. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
