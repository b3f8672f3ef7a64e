/**
 * Runs `callback` once the page is idle, and after `timeout` ms at the latest; where the browser
 * cannot tell when it is idle (no requestIdleCallback), after `fallbackDelay` ms.
 */
export function whenIdle(callback: () => void, timeout: number, fallbackDelay: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => callback(), { timeout });
  else setTimeout(callback, fallbackDelay);
}
