import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { collectionNames } from '../site.config.ts';
import { DEFAULT_PAGES_PER_PART, NO_PARTS, PARTS_FILE, indexPart, splitIntoParts, type PartsManifest } from '../lib/search/index-parts.ts';
import { eachAtOnce } from '../lib/each-at-once.ts';
import { stagePages, type StageJob } from './search-stage-worker.ts';
import { STAGE_DIR, STAGE_WORKER, pageDigest, readStagedPages, type StagedPages } from './search-stage-files.ts';

interface EntryPage {
  url: string;
  file: string;
  date: string;
  /** The page's digest, to know whether a copy staged during `astro build` still matches it. */
  digest: string;
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
      const bytes = readFileSync(file);
      const html = bytes.toString('utf8');
      if (!html.includes('data-pagefind-body')) continue;
      pages.push({ url: `/${collection}/${id}/`, file, date: /data-pagefind-sort="date:([0-9-]+)"/.exec(html)?.[1] ?? '', digest: pageDigest(bytes) });
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

function indexError(what: string, errors: string[]): Error {
  return new Error(`搜索索引创建失败 / could not build the search index (${what}): ${errors.join('; ')}`);
}

function fail(what: string, errors: string[]): never {
  throw indexError(what, errors);
}

export interface SearchIndexResult {
  pages: number;
  parts: number;
  /** Pages whose copies were split during `astro build` (search-stage.ts) and taken as they were. */
  splitEarlier: number;
  /** Time spent writing the copies with words split, here (ms). */
  splitMs: number;
  /** Time spent in Pagefind (ms). */
  pagefindMs: number;
}

/**
 * Builds the Pagefind index of a built site into `<dist>/pagefind/`. Only entry pages are read
 * (lists, tags and the chrome carry nothing to index). Chinese text is split into words here,
 * with the browser's rules (src/lib/search/segment.ts): Pagefind reads copies with the words
 * spaced apart and indexes them under a language it does not split again, while the search
 * page, being `zh-CN`, has Pagefind split the query the same way. Pages go, newest first, into
 * parts of at most `pagesPerPart`; each part's copies are written by a worker thread and indexed
 * by a fresh Pagefind process, two parts at a time on a machine with two cores or more, so
 * memory stays bounded however large the archive grows. The search page merges the parts
 * listed in `pagefind/parts.json`. Copies split while Astro rendered (search-stage.ts) are
 * taken as they are when their page has not changed since; the rest are split here.
 */
export async function buildSearchIndex(dist: string, pagesPerPart: number = DEFAULT_PAGES_PER_PART): Promise<SearchIndexResult> {
  const out = join(dist, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  try {
    const parts = splitIntoParts(entryPages(dist), pagesPerPart);
    if (parts.length === 0) {
      await writeEmptyIndex(out);
      return { pages: 0, parts: 0, splitEarlier: 0, splitMs: 0, pagefindMs: 0 };
    }
    const staged = readStagedPages(dist);
    let splitEarlier = 0;
    let splitMs = 0;
    let pagefindMs = 0;
    await eachAtOnce([...parts.keys()], Math.min(PARTS_AT_ONCE, availableParallelism()), async (n) => {
      const staging = join(dist, `.search-part-${n}`);
      const part = indexPart(n);
      const bundle = n === 0 ? out : join(out, part.path);
      rmSync(staging, { recursive: true, force: true });
      try {
        let started = Date.now();
        const left: StageJob[] = [];
        for (const page of parts[n]!) {
          const to = join(staging, relative(dist, page.file));
          if (takeStaged(dist, staged, page, to)) splitEarlier += 1;
          else left.push({ from: page.file, to });
        }
        await stage(left);
        splitMs += Date.now() - started;
        started = Date.now();
        await indexPages(staging, bundle, part.language);
        pagefindMs += Date.now() - started;
      } finally {
        rmSync(staging, { recursive: true, force: true });
      }
      if (n > 0) removeUiCopy(bundle);
    });
    const manifest: PartsManifest = { version: 1, parts: parts.slice(1).map((_, i) => indexPart(i + 1)) };
    writeFileSync(join(out, PARTS_FILE), `${JSON.stringify(manifest)}\n`);
    return { pages: parts.reduce((n, p) => n + p.length, 0), parts: parts.length, splitEarlier, splitMs, pagefindMs };
  } finally {
    // The copies split during `astro build` are used up, or stale: none stays in the site.
    rmSync(join(dist, STAGE_DIR), { recursive: true, force: true });
  }
}

/**
 * Moves the copy of `page` split during `astro build` to `to`, if there is one and the page on
 * disk is still the page it was split from; false when the page must be split here.
 */
function takeStaged(dist: string, staged: StagedPages, page: EntryPage, to: string): boolean {
  const file = relative(dist, page.file).split(sep).join('/');
  if (staged.get(file) !== page.digest) return false;
  try {
    mkdirSync(dirname(to), { recursive: true });
    renameSync(join(dist, STAGE_DIR, file), to);
    return true;
  } catch {
    return false;
  }
}

/**
 * Parts indexed at the same time. Each Pagefind process holds ~0.36 MB per page (bench/README.md),
 * so two parts of the default size stay well under the build's memory budget.
 */
const PARTS_AT_ONCE = 2;

/** Pages below which the copies are written in-process: starting a thread costs more. */
const PAGES_PER_THREAD = 100;

/** Writes the indexable copies of one part, in a worker thread unless the part is small. */
async function stage(jobs: StageJob[]) {
  if (jobs.length < PAGES_PER_THREAD) {
    stagePages(jobs);
    return;
  }
  await new Promise<void>((done, failed) => {
    const thread = new Worker(STAGE_WORKER, { workerData: { jobs } });
    thread.once('error', failed);
    thread.once('exit', (code) => (code === 0 ? done() : failed(new Error(`分词线程意外退出 / the word-splitting thread exited with code ${code}`))));
  });
}

/** Pagefind's own command-line runner: it finds the platform's binary the way `npx pagefind` does. */
const PAGEFIND_RUNNER = fileURLToPath(new URL('runner/bin.cjs', import.meta.resolve('pagefind')));

/**
 * Indexes the staged copies in `site` into `outputPath` with the Pagefind command line, which
 * reads the files itself (the Node API's messages made it twice as slow). The copies sit as in
 * dist/, so their addresses come out the same.
 */
function indexPages(site: string, outputPath: string, language: string): Promise<void> {
  const args = ['--site', site, '--output-path', outputPath, '--silent', '--force-language', language];
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, [PAGEFIND_RUNNER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.once('error', (error) => failed(indexError(`pagefind ${args.join(' ')}`, [error.message])));
    child.once('close', (code) => (code === 0 ? done() : failed(indexError(`pagefind ${args.join(' ')}`, [output.trim() || `exit code ${code}`]))));
  });
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
