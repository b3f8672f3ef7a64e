/**
 * The same-origin files a saved page needs to display offline: stylesheets, scripts, images
 * (every candidate in srcset) and downloadable attachments. Read from the page's HTML text.
 */
export function pageResources(html: string, pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const found = new Set<string>();
  const add = (raw: string | undefined) => {
    if (!raw) return;
    try {
      const url = new URL(raw.replace(/&amp;/g, '&'), page);
      if (url.origin === page.origin && !url.pathname.endsWith('/')) found.add(url.origin + url.pathname);
    } catch {
      // Not a URL: nothing to save.
    }
  };
  for (const m of html.matchAll(/<(?:script|img|source)\b[^>]*\bsrc="([^"]+)"/g)) add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|icon|modulepreload)"[^>]*\bhref="([^"]+)"/g)) add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|icon|modulepreload)"/g)) add(m[1]);
  for (const m of html.matchAll(/\bsrcset="([^"]+)"/g)) for (const part of m[1]!.split(',')) add(part.trim().split(/\s+/)[0]);
  for (const m of html.matchAll(/<a\b[^>]*\bdownload\b[^>]*\bhref="([^"]+)"|<a\b[^>]*\bhref="([^"]+)"[^>]*\bdownload\b/g))
    add(m[1] ?? m[2]);
  return [...found];
}
