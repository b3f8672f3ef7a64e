import { readFileSync } from 'node:fs';

/** Front matter at the top of a file (after an optional byte-order mark or blank lines), as Astro finds it. */
const FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * The body of an entry file: what follows the front matter, trimmed, exactly as Astro's glob
 * loader reports it as `entry.body`. Reading and word counts, and the content hash behind
 * 有更新, are computed from it.
 */
export function entryBody(source: string): string {
  const match = FRONT_MATTER.exec(source);
  if (!match) return source.trim();
  return source.replace(`${match[1]}${match[2]}${match[1]}`, '').trim();
}

/**
 * The body of an entry, read from its file. The content collections do not keep bodies in
 * memory (`retainBody: false` in src/content.config.ts): at 3,000 entries that saves about a
 * quarter of the build's peak memory. `filePath` is relative to the project folder, where every
 * build and dev server runs.
 */
export function readEntryBody(filePath: string): string {
  return entryBody(readFileSync(filePath, 'utf8'));
}
