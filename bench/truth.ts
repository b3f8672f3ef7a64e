/**
 * What each query should find, read from a build the way a reader's Ctrl+F would: the pages whose
 * article text contains the query verbatim. For this site, the text its index is built from
 * (readPageText, the same reading the end-to-end search tests use); for Starlight, the text of
 * each page's `<main>`. Only entry pages (`/<collection>/<id>/`) count: both sites index those.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities, readPageText } from '../src/lib/search/page-text.ts';
import type { Truth } from './browser.ts';

const COLLECTIONS = ['theory', 'exemplars', 'training', 'plans'];

/** Every entry page of a build: its address and HTML. */
function* entryPages(dist: string): Generator<{ url: string; html: string }> {
  for (const collection of COLLECTIONS) {
    const dir = join(dist, collection);
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir)) {
      const file = join(dir, id, 'index.html');
      // List pages (/theory/2/) are not entries.
      if (/^\d+$/.test(id) || !existsSync(file)) continue;
      yield { url: `/${collection}/${id}/`, html: readFileSync(file, 'utf8') };
    }
  }
}

export function siteTexts(dist: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { url, html } of entryPages(dist)) {
    const read = readPageText(html, url);
    if (read) texts.set(url, read.text);
  }
  return texts;
}

export function starlightTexts(dist: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const { url, html } of entryPages(dist)) {
    const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? '';
    texts.set(url, decodeEntities(main.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<[^>]+>/g, '\n')));
  }
  return texts;
}

/** The pages containing each query (the bench's queries are Han text only, so no normalising). */
export function truthOf(texts: Map<string, string>): Truth {
  const cache = new Map<string, Set<string>>();
  return (q) => {
    let found = cache.get(q);
    if (!found) cache.set(q, (found = new Set([...texts].filter(([, text]) => text.includes(q)).map(([url]) => url))));
    return found;
  };
}
