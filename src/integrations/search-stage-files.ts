/**
 * Where the copies split during `astro build` wait for the index step, and how that step knows
 * a copy still matches its page. The split runs in Astro's process (search-stage.ts), the
 * index in the next one (scripts/postbuild.ts): the record of what was staged is a file.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The worker thread that writes the copies, started by the build (search-stage.ts) and the index step (search-index.ts). */
export const STAGE_WORKER = new URL('./search-stage-worker.ts', import.meta.url);

/** The folder inside the built site holding the copies split while pages rendered. */
export const STAGE_DIR = '.search-stage';

/** The record in STAGE_DIR: each staged page's file, relative to the site, and its digest. */
export const STAGED_FILE = 'staged.json';

/** Staged pages by their file relative to the site (`theory/x/index.html`), with the digest of the page they were split from. */
export type StagedPages = Map<string, string>;

/** A digest of a built page, as text or as the bytes on disk (UTF-8): equal when the page is. */
export function pageDigest(page: string | Buffer): string {
  return createHash('sha1').update(page).digest('base64url');
}

/**
 * The file an entry page is written to, relative to the site (`theory/x/index.html`), from its
 * address (`/kb/theory/x/`); null for any other page.
 */
export function entryPageFile(pathname: string, base: string, collections: readonly string[]): string | null {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(prefix)) return null;
  const m = /^([a-z]+)\/([a-z0-9][a-z0-9-]*)\/$/u.exec(pathname.slice(prefix.length));
  return m && collections.includes(m[1]!) ? `${m[1]}/${m[2]}/index.html` : null;
}

/** The record of a build's staged pages; empty when there is none or it cannot be read. */
export function readStagedPages(dist: string): StagedPages {
  const file = join(dist, STAGE_DIR, STAGED_FILE);
  if (!existsSync(file)) return new Map();
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (typeof raw !== 'object' || raw === null || (raw as { version?: unknown }).version !== 1) return new Map();
    const pages = (raw as { pages?: unknown }).pages;
    if (typeof pages !== 'object' || pages === null) return new Map();
    return new Map(Object.entries(pages).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return new Map();
  }
}

/** The text of the record, for the pages staged. */
export function stagedPagesFile(pages: StagedPages): string {
  return `${JSON.stringify({ version: 1, pages: Object.fromEntries(pages) })}\n`;
}
