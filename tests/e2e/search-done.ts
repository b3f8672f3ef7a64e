import { expect, type Page } from '@playwright/test';

/**
 * Waits until the search page has answered the current query: the count and the results listed
 * (`data-state="done"`), and every listed result's excerpt filled in (the list no longer busy).
 */
export async function searchDone(page: Page, options: { timeout?: number } = {}): Promise<void> {
  await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'done', options);
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true', options);
}
