import { describe, expect, test } from 'vitest';
import { basePathFromEnv, siteUrlFromEnv } from './base-path.ts';

describe('environment', () => {
  test('normalises BASE_PATH', () => {
    expect(basePathFromEnv(undefined)).toBe('/');
    expect(basePathFromEnv('kb')).toBe('/kb/');
    expect(basePathFromEnv('/kb/docs/')).toBe('/kb/docs/');
    expect(basePathFromEnv('//')).toBe('/');
  });
  test('reads SITE_URL and explains a bad one', () => {
    expect(siteUrlFromEnv('https://intranet.example/kb/')).toBe('https://intranet.example');
    expect(() => siteUrlFromEnv('not a url')).toThrow(/SITE_URL/);
    // Unset: no address at all, rather than canonical links to http://localhost:4321.
    expect(siteUrlFromEnv(undefined)).toBeUndefined();
    expect(siteUrlFromEnv('  ')).toBeUndefined();
  });
});
