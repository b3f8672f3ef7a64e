import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** WCAG 2.2 AA, as axe tags it. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome depends on the colour scheme. The two schemes differ only in colours
 * (the markup and the layout are the same), so the second scheme is checked with these alone.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Which violations fail a check: serious and critical ones (the site's pages), or any (the preview panel). */
export type Impacts = 'serious' | 'any';

/** The axe violations of at least the given impact on the page as it is now, one line each. */
export async function axeViolations(page: Page, rules: 'all' | 'colours' = 'all', impacts: Impacts = 'serious'): Promise<string[]> {
  // Legacy mode runs axe in the page itself instead of finishing each run in a new blank page:
  // half the time, and the pages have no frames from other origins that would need the new way.
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const { violations } = await (rules === 'all' ? builder.withTags(WCAG_AA) : builder.withRules(COLOUR_RULES)).analyze();
  return violations
    .filter((v) => impacts === 'any' || v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/**
 * Checks the page as it is now with every WCAG AA rule in the colour scheme it shows, then
 * switches to the other scheme (as a member's system setting would) and checks the colours again.
 * Pages that follow the system scheme change at once; `label` names the page in a failure.
 */
export async function expectAccessibleInBothSchemes(page: Page, label = '', impacts: Impacts = 'serious'): Promise<void> {
  const first = (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) ? 'dark' : 'light';
  const second = first === 'dark' ? 'light' : 'dark';
  expect(await axeViolations(page, 'all', impacts), `${label} (${first})`).toEqual([]);
  // Without motion, so no colour is measured halfway through a transition.
  await page.emulateMedia({ colorScheme: second, reducedMotion: 'reduce' });
  await expect.poll(() => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(second === 'dark');
  const theme = page.locator('html[data-theme]');
  if (await theme.count()) await expect(theme).toHaveAttribute('data-theme', second);
  expect(await axeViolations(page, 'colours', impacts), `${label} (${second})`).toEqual([]);
  await page.emulateMedia({ colorScheme: first });
}
