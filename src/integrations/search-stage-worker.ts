/**
 * Writes the copies of entry pages that Pagefind reads (see indexablePage in
 * src/lib/search/segment.ts). Splitting Chinese text into words takes ~2 ms a page, so it runs
 * in worker threads, in one of two ways:
 * - during `astro build`, one thread takes each entry page as it is rendered (search-stage.ts)
 *   and records what it wrote, so the index step finds the pages split already;
 * - in the index step, buildSearchIndex splits what is left of each index part in a thread of
 *   its own, beside the Pagefind process of another part; small parts are split in-process.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { chineseSegmenter, indexablePage, type WordSegmenter } from '../lib/search/segment.ts';
import { STAGED_FILE, pageDigest, stagedPagesFile, type StagedPages } from './search-stage-files.ts';

/** One page to copy: the built page and where its copy for the index goes. */
export interface StageJob {
  from: string;
  to: string;
}

/** Writes a page's indexable copy to `to`; false when the page has nothing to index. */
function writeCopy(html: string, to: string, segmenter: WordSegmenter): boolean {
  const page = indexablePage(html, segmenter);
  if (page === null) return false;
  mkdirSync(dirname(to), { recursive: true });
  writeFileSync(to, page);
  return true;
}

/** Writes each page's indexable copy. */
export function stagePages(jobs: readonly StageJob[]) {
  const segmenter = chineseSegmenter();
  for (const { from, to } of jobs) writeCopy(readFileSync(from, 'utf8'), to, segmenter);
}

/** A message to the thread that stages pages during the build. */
export type StageMessage = { file: string; html: string } | { finish: true };

/** What that thread answers to `finish`: how many pages it staged. */
export interface StageReport {
  staged: number;
}

/**
 * Stages pages as they arrive (`{ file, html }`, file relative to the site) into `stageDir`, and
 * on `{ finish: true }` writes the record of them (search-stage-files.ts) and reports.
 */
export function stageAsRendered(stageDir: string, port: NonNullable<typeof parentPort>) {
  const segmenter = chineseSegmenter();
  const staged: StagedPages = new Map();
  port.on('message', (message: StageMessage) => {
    if ('finish' in message) {
      mkdirSync(stageDir, { recursive: true });
      writeFileSync(join(stageDir, STAGED_FILE), stagedPagesFile(staged));
      port.postMessage({ staged: staged.size } satisfies StageReport);
      port.close();
      return;
    }
    if (writeCopy(message.html, join(stageDir, message.file), segmenter)) staged.set(message.file, pageDigest(message.html));
  });
}

const data = workerData as { jobs?: StageJob[]; stageDir?: string } | undefined;
if (parentPort && data?.jobs) stagePages(data.jobs);
else if (parentPort && data?.stageDir) stageAsRendered(data.stageDir, parentPort);
