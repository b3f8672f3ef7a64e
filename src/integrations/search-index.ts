import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { collectionNames } from '../site.config.ts';
import { DEFAULT_PAGES_PER_PART, PARTS_FILE, indexPart, splitIntoParts, type PartsManifest } from '../lib/search/index-parts.ts';

interface EntryPage {
  url: string;
  file: string;
  date: string;
}

/** Entry pages that ask to be indexed (`data-pagefind-body`), with the date they sort by. */
function entryPages(dist: string): EntryPage[] {
  const pages: EntryPage[] = [];
  for (const collection of collectionNames) {
    const dir = join(dist, collection);
    if (!existsSync(dir)) continue;
    for (const id of readdirSync(dir)) {
      const file = join(dir, id, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file, 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      pages.push({ url: `/${collection}/${id}/`, file, date: /data-pagefind-sort="date:([0-9-]+)"/.exec(html)?.[1] ?? '' });
    }
  }
  return pages;
}

/** A part is only data: the search page runs the primary bundle's runtime, so a part's copy goes. */
function removeRuntimeCopy(dir: string) {
  for (const name of readdirSync(dir)) {
    if (/^(pagefind.*\.(js|css)|wasm\..*)$/.test(name)) rmSync(join(dir, name));
  }
}

function fail(what: string, errors: string[]): never {
  throw new Error(`搜索索引创建失败 / could not build the search index (${what}): ${errors.join('; ')}`);
}

export interface SearchIndexResult {
  pages: number;
  parts: number;
}

/**
 * Builds the Pagefind index of a built site into `<dist>/pagefind/`. Only entry pages are read
 * (lists, tags and the chrome carry nothing to index). Chinese is segmented because every page
 * says `<html lang="zh-CN">`. Pages go, newest first, into parts of at most `pagesPerPart`, each
 * written by a fresh Pagefind process that ends before the next starts, so memory stays
 * bounded however large the archive grows; the search page merges the parts listed in
 * `pagefind/parts.json`.
 */
export async function buildSearchIndex(dist: string, pagesPerPart: number = DEFAULT_PAGES_PER_PART): Promise<SearchIndexResult> {
  const out = join(dist, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  const parts = splitIntoParts(entryPages(dist), pagesPerPart);
  if (parts.length === 0) parts.push([]); // still write the runtime, so the search page can say "nothing found"
  const manifest: PartsManifest = { version: 1, parts: parts.slice(1).map((_, i) => indexPart(i + 1)) };
  for (const [n, pages] of parts.entries()) {
    const extra = n === 0 ? undefined : indexPart(n);
    const { index, errors } = await pagefind.createIndex(extra ? { forceLanguage: extra.language } : {});
    if (!index) fail('create', errors);
    try {
      const added = await Promise.all(pages.map((p) => index.addHTMLFile({ url: p.url, content: readFileSync(p.file, 'utf8') })));
      const addErrors = added.flatMap((a) => a.errors);
      if (addErrors.length) fail('add', addErrors);
      const written = await index.writeFiles({ outputPath: extra ? join(out, extra.path) : out });
      if (written.errors.length) fail('write', written.errors);
      if (extra) removeRuntimeCopy(join(out, extra.path));
    } finally {
      await index.deleteIndex();
      // Ends the Pagefind process: its memory goes back before the next part starts.
      await pagefind.close();
    }
  }
  writeFileSync(join(out, PARTS_FILE), `${JSON.stringify(manifest)}\n`);
  return { pages: parts.reduce((n, p) => n + p.length, 0), parts: parts.length };
}
