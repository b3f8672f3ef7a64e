/**
 * The search index of a built site: `buildSearchIndex(dist)` reads every entry page in `dist/`,
 * writes its text for Pagefind (Han text as character pairs, src/lib/search/han-text.ts) and
 * writes `dist/pagefind/`: Pagefind's bundle (in parts for a large archive), `parts.json` and
 * `pages.json` (each page's record, by the id Pagefind gives its results). See README.md here.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { collectionNames } from '../../src/site.config.ts';
import { encodeForIndex } from '../../src/lib/search/han-text.ts';
import { readPageText, type PageText } from '../../src/lib/search/page-text.ts';
import {
  DEFAULT_PAGES_PER_PART,
  PAGES_FILE,
  PARTS_FILE,
  indexPart,
  splitIntoParts,
  type PartsManifest,
  type SearchPages,
} from '../../src/lib/search/index-parts.ts';

/** Every entry page that asks to be indexed (`data-pagefind-body`), read. */
export function readEntryPages(dist: string, base: string): PageText[] {
  const pages: PageText[] = [];
  for (const collection of collectionNames) {
    const dir = join(dist, collection);
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir).sort()) {
      const file = join(dir, id, 'index.html');
      if (!existsSync(file)) continue;
      const read = readPageText(readFileSync(file, 'utf8'), `${base}${collection}/${id}/`);
      // A copy: strings cut from the page would otherwise keep its whole HTML in memory.
      if (read) pages.push(structuredClone(read));
    }
  }
  return pages;
}

/** Records sent to Pagefind before waiting for its answers. */
const RECORDS_AT_ONCE = 16;

function fail(what: string, errors: string[]): never {
  throw new Error(`搜索索引创建失败 / could not build the search index (${what}): ${errors.join('; ')}`);
}

export interface SearchIndexResult {
  pages: number;
  parts: number;
  /** Bytes written under pagefind/, the search runtime included. */
  bytes: number;
}

/**
 * Builds `<dist>/pagefind/`. Pages go, newest first, into parts of at most `pagesPerPart`, each
 * indexed on its own and dropped from Pagefind's memory before the next (index-parts.ts).
 */
export async function buildSearchIndex(
  dist: string,
  base: string,
  pagesPerPart: number = DEFAULT_PAGES_PER_PART,
): Promise<SearchIndexResult> {
  const out = join(dist, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const read = readEntryPages(dist, base);
  const count = read.length;
  const parts = splitIntoParts(
    read.splice(0).map((r) => ({ ...r, url: r.page.url, date: r.page.date })),
    pagesPerPart,
  );
  const records: SearchPages = { version: 1, pages: {} };
  try {
    // Even a site without entries gets Pagefind's runtime, so its search page answers "nothing found".
    for (const [n, pages] of (parts.length ? parts : [[]]).entries()) {
      const part = indexPart(n);
      const bundle = n === 0 ? out : join(out, part.path);
      const { index, errors } = await pagefind.createIndex({ forceLanguage: part.language, writePlayground: false });
      if (!index) fail('create', errors);
      // A few pages at a time: Pagefind answers each in turn, and hundreds of records waiting in its
      // message channel at once held ~400 MB more at 3,000 documents (bench/README.md).
      for (let i = 0; i < pages.length; i += RECORDS_AT_ONCE) {
        const batch = pages.slice(i, i + RECORDS_AT_ONCE);
        const added = await Promise.all(
          batch.map((p) => index.addCustomRecord({ url: p.page.url, content: encodeForIndex(p.text), language: part.language })),
        );
        const problems = added.flatMap((a) => a.errors);
        if (problems.length) fail('add', problems);
      }
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length) fail('write', written.errors);
      await index.deleteIndex();
      Object.assign(records.pages, pageIds(bundle, new Map(pages.map((p) => [p.page.url, p.page]))));
      removeUiCopy(bundle, n === 0);
      // This part's texts are no longer needed: let them go before the next part is read into Pagefind.
      pages.length = 0;
    }
  } finally {
    await pagefind.close();
  }
  const manifest: PartsManifest = { version: 1, parts: parts.slice(1).map((_, i) => indexPart(i + 1)) };
  writeFileSync(join(out, PARTS_FILE), `${JSON.stringify(manifest)}\n`);
  writeFileSync(join(out, PAGES_FILE), `${JSON.stringify(records)}\n`);
  return { pages: count, parts: parts.length, bytes: folderBytes(out) };
}

/**
 * The records of one bundle by the id its results carry: the name of the page's fragment file,
 * whose JSON says which address it holds.
 */
function pageIds(bundle: string, byUrl: Map<string, PageText['page']>): SearchPages['pages'] {
  const ids: SearchPages['pages'] = {};
  const dir = join(bundle, 'fragment');
  if (!existsSync(dir)) return ids;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue;
    const json = gunzipSync(readFileSync(join(dir, name)))
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const page = byUrl.get((JSON.parse(json) as { url: string }).url);
    if (page) ids[name.slice(0, -'.pf_fragment'.length)] = page;
  }
  return ids;
}

/**
 * Every bundle keeps Pagefind's search runtime (the search page may run a part in a worker of its
 * own); the ready-made interfaces go, as the site has its own. The primary bundle keeps the
 * highlighter, which marks the reader's terms on the page a result leads to.
 */
function removeUiCopy(dir: string, keepHighlighter: boolean) {
  for (const name of readdirSync(dir)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name) && !(keepHighlighter && name === 'pagefind-highlight.js'))
      rmSync(join(dir, name));
  }
}

function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : readFileSync(path).length;
  }
  return total;
}
