/** Reads BASE_PATH from the environment: `kb`, `/kb` and `/kb/` all become `/kb/`; empty becomes `/`. */
export function basePathFromEnv(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * Reads SITE_URL. Without it there is no site address: pages then carry no canonical link, no
 * absolute URLs and no sitemap (a made-up loopback address would point readers and crawlers at
 * their own machine).
 */
export function siteUrlFromEnv(value: string | undefined): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  try {
    return new URL(v).origin;
  } catch {
    throw new Error(`SITE_URL 不是有效网址 / SITE_URL is not a valid URL: ${JSON.stringify(v)} (例如 e.g. https://intranet.example/)`);
  }
}
