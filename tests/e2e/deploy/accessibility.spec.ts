import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';
import { expectAccessibleInBothSchemes } from '../axe.ts';
import { searchDone } from '../search-done.ts';

/**
 * Every kind of page, in both colour schemes, on a desktop at the normal text size and on a
 * 360 px phone at the largest, reached with A+ (150 %) and remembered. One test per page: the
 * schemes differ only in colours, so the second scheme of each size is checked with axe's colour
 * rules (see ../axe.ts).
 */
test.describe('accessibility', () => {
  for (const { name, path } of PAGE_TYPES) {
    test(`${name}: no serious axe violations, light and dark, desktop and 360 px at the largest text A+ gives, without sideways scrolling`, async ({
      page,
    }) => {
      const ready = async () => {
        if (path.includes('search')) await searchDone(page);
      };
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      await ready();
      await expectAccessibleInBothSchemes(page, `${name}, desktop`);

      // A+ up to the largest size enlarges the body text (a paragraph, or the tag list on the tags overview).
      const body = page.locator('main').locator('p, li').first();
      const before = await body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const larger = page.getByRole('button', { name: '增大字号' });
      for (const shown of ['113%', '125%', '138%', '150%']) {
        await larger.click();
        await expect(page.getByRole('group', { name: '字号' })).toContainText(shown);
      }
      await expect.poll(() => body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(before * 1.4);

      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expect(page.getByRole('group', { name: '字号' })).toContainText('150%');
      await ready();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} scrolls sideways at 360 px`).toBe(0);
      await expectAccessibleInBothSchemes(page, `${name}, 360 px, largest text`);
    });
  }
});

test.describe('keyboard and comfort', () => {
  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('./theory/2026-03-diaocha-yanjiu-zhuanti-dangke/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('#main')).toBeFocused();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('#main') !== null);
    expect(focused).toBe(true);
  });

  test('every control in the header is reachable by Tab and shows a visible focus ring', async ({ page }) => {
    await page.goto('./');
    const seen: string[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          label: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.id,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      seen.push(info.label);
      expect({ label: info.label, outline: info.outline }).toEqual({ label: info.label, outline: true });
    }
    for (const label of ['跳到正文', 'A− 减小字号', 'A+ 增大字号', '理论学习', '我的学习']) expect(seen).toContain(label);
  });

  test('the colour scheme and font size can be changed with the keyboard alone', async ({ page }) => {
    await page.goto('./training/');
    await page.getByRole('button', { name: '增大字号' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: '字号' })).toContainText('113%');
    await page.getByLabel('配色').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('prefers-reduced-motion turns off smooth scrolling and transitions', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce', baseURL });
    const page = await context.newPage();
    await page.goto('./theory/');
    const durations = await page
      .locator('a.kb-chip')
      .first()
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(durations.split(',').every((d) => parseFloat(d) <= 0.00001)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await context.close();
  });
});
