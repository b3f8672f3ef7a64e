/**
 * Writes the copies of entry pages that Pagefind reads (see indexablePage in
 * src/lib/search/segment.ts). Splitting Chinese text into words takes ~2 ms a page, so
 * buildSearchIndex runs this in a worker thread per index part, beside the Pagefind process of
 * another part; small parts are written in-process.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { chineseSegmenter, indexablePage } from '../lib/search/segment.ts';

/** One page to copy: the built page and where its copy for the index goes. */
export interface StageJob {
  from: string;
  to: string;
}

/** Writes each page's indexable copy. */
export function stagePages(jobs: readonly StageJob[]) {
  const segmenter = chineseSegmenter();
  for (const { from, to } of jobs) {
    const page = indexablePage(readFileSync(from, 'utf8'), segmenter);
    if (page === null) continue;
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, page);
  }
}

if (parentPort && (workerData as { jobs?: StageJob[] } | undefined)?.jobs) stagePages((workerData as { jobs: StageJob[] }).jobs);
