import { expect, test, type Page } from '@playwright/test';

async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return registration.scope;
  });
}

test.describe('offline reading', () => {
  test('the service worker is scoped to the base path', async ({ page }) => {
    await page.goto('./');
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/kb/');
  });

  test('visited pages and the search index keep working offline; unsaved pages say so', async ({ page, context }) => {
    await page.goto('./');
    await waitForServiceWorker(page);
    await page.goto('./theory/2026-07-wangluo-xuexi/');
    await expect(page.locator('h1')).toHaveText('用好学习APP，让网络学习融入日常');

    await context.setOffline(true);
    await page.goto('./theory/2026-07-wangluo-xuexi/');
    await expect(page.locator('h1')).toHaveText('用好学习APP，让网络学习融入日常');
    await expect(page.getByRole('button', { name: '增大字号' })).toBeEnabled();

    await page.goto('./exemplars/gao-xiulan/');
    await expect(page.locator('h1')).toHaveText('当前处于离线状态');

    await page.goto('./search/?q=%E4%BC%A0%E5%B8%AE%E5%B8%A6');
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done');
    await expect(page.locator('a[data-result-link]').first()).toBeVisible();
    await context.setOffline(false);
  });
});
