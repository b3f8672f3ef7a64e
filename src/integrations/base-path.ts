/** Reads BASE_PATH from the environment: `kb`, `/kb` and `/kb/` all become `/kb/`; empty becomes `/`. */
export function basePathFromEnv(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Reads SITE_URL, falling back to a loopback address so canonical links stay on this host. */
export function siteUrlFromEnv(value: string | undefined): string {
  const v = (value ?? '').trim();
  if (!v) return 'http://localhost:4321';
  try {
    return new URL(v).origin;
  } catch {
    throw new Error(`SITE_URL 不是有效网址 / SITE_URL is not a valid URL: ${JSON.stringify(v)} (例如 e.g. https://intranet.example/)`);
  }
}
