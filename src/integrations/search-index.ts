import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { collectionNames } from '../site.config.ts';
import { DEFAULT_PAGES_PER_PART, NO_PARTS, PARTS_FILE, indexPart, splitIntoParts, type PartsManifest } from '../lib/search/index-parts.ts';

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

/**
 * A part keeps Pagefind's search runtime (pagefind.js, its worker and WebAssembly): the search
 * page may run a part as the first of a group, in a worker of its own. The ready-made search
 * interfaces go; the site has its own.
 */
function removeUiCopy(dir: string) {
  for (const name of readdirSync(dir)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name)) rmSync(join(dir, name));
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
  if (parts.length === 0) {
    await writeEmptyIndex(out);
    return { pages: 0, parts: 0 };
  }
  const manifest: PartsManifest = { version: 1, parts: parts.slice(1).map((_, i) => indexPart(i + 1)) };
  indexPages(dist, parts[0]!, out);
  for (const [i, extra] of manifest.parts.entries()) {
    indexPages(dist, parts[i + 1]!, join(out, extra.path), extra.language);
    removeUiCopy(join(out, extra.path));
  }
  writeFileSync(join(out, PARTS_FILE), `${JSON.stringify(manifest)}\n`);
  return { pages: parts.reduce((n, p) => n + p.length, 0), parts: parts.length };
}

/** Pagefind's own command-line runner: it finds the platform's binary the way `npx pagefind` does. */
const PAGEFIND_RUNNER = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/**
 * Indexes `pages` into `outputPath` with the Pagefind command line, which reads the files
 * itself (the Node API's messages made it twice as slow). It sees only a staging folder of
 * hard links to this part's pages, laid out as in dist/ so their addresses come out the same.
 */
function indexPages(dist: string, pages: readonly EntryPage[], outputPath: string, language?: string) {
  const staging = join(dist, '.search-part');
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const page of pages) {
      const target = join(staging, relative(dist, page.file));
      mkdirSync(dirname(target), { recursive: true });
      try {
        linkSync(page.file, target);
      } catch {
        copyFileSync(page.file, target); // file systems without hard links
      }
    }
    const args = ['--site', staging, '--output-path', outputPath, '--silent', ...(language ? ['--force-language', language] : [])];
    const result = spawnSync(process.execPath, [PAGEFIND_RUNNER, ...args], { encoding: 'utf8' });
    if (result.status !== 0) fail(`pagefind ${args.join(' ')}`, [result.error?.message ?? `${result.stdout}${result.stderr}`.trim()]);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A site without entries still gets Pagefind's runtime, so its search page answers "nothing found". */
async function writeEmptyIndex(out: string) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail('create', errors);
  try {
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) fail('write', written.errors);
    writeFileSync(join(out, PARTS_FILE), `${JSON.stringify(NO_PARTS)}\n`);
  } finally {
    await pagefind.close();
  }
}
