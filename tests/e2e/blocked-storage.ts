import type { BrowserContext } from '@playwright/test';

/** Makes every page of `context` behave as a browser that refuses this site any storage (reading localStorage throws). */
export async function blockStorage(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
}
