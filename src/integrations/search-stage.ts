/**
 * Splits the words of entry pages for the search index while Astro is still rendering.
 *
 * Astro renders pages one at a time on one core, and the index step (scripts/postbuild.ts)
 * used to split every entry page's words after Astro had exited: ~2 ms a page. During
 * `astro build`, a middleware now hands each entry page to a worker thread as soon as it is
 * rendered; the thread writes the page's copy for the index into `<dist>/.search-stage/`, on
 * the core the render leaves idle, and records which page each copy came from. The index step
 * takes a copy only when its page on disk is still the one it was split from, and splits the
 * rest itself, so the index never depends on this head start (see buildSearchIndex).
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { collectionNames } from '../site.config.ts';
import { setActiveStager, type PageStager } from './search-stage-handoff.ts';
import { STAGE_DIR, STAGE_WORKER, entryPageFile } from './search-stage-files.ts';
import type { StageMessage, StageReport } from './search-stage-worker.ts';

/** A worker thread staging the pages handed over; `finish` waits for it to write them all. */
export class StagingThread implements PageStager {
  private readonly thread: Worker;
  private failure: Error | null = null;

  constructor(
    readonly stageDir: string,
    private readonly base: string,
  ) {
    this.thread = new Worker(STAGE_WORKER, { workerData: { stageDir } });
    this.thread.once('error', (error) => (this.failure = error));
    // A build that fails before it is done must still exit: the thread does not hold it open.
    this.thread.unref();
  }

  fileFor(pathname: string): string | null {
    return this.failure === null ? entryPageFile(pathname, this.base, collectionNames) : null;
  }

  take(file: string, html: string) {
    if (this.failure === null) this.thread.postMessage({ file, html } satisfies StageMessage);
  }

  /** Waits for every page handed over to be written; resolves with how many were staged. */
  async finish(): Promise<number> {
    try {
      if (this.failure) throw this.failure;
      this.thread.ref();
      return await new Promise<number>((done, failed) => {
        this.thread.once('message', (report: StageReport) => done(report.staged));
        this.thread.once('error', failed);
        this.thread.once('exit', (code) => failed(new Error(`exited with code ${code}`)));
        this.thread.postMessage({ finish: true } satisfies StageMessage);
      });
    } finally {
      void this.thread.terminate();
    }
  }
}

/** Stages entry pages for the search index during `astro build` (see above). */
export function searchStage(): AstroIntegration {
  let outDir = '';
  let base = '/';
  let stager: StagingThread | undefined;
  return {
    name: 'xxyd-search-stage',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-stage-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:build:start': () => {
        const stageDir = join(outDir, STAGE_DIR);
        rmSync(stageDir, { recursive: true, force: true });
        stager = new StagingThread(stageDir, base);
        setActiveStager(stager);
      },
      'astro:build:done': async ({ logger }) => {
        setActiveStager(undefined);
        if (!stager) return;
        const started = Date.now();
        try {
          const staged = await stager.finish();
          logger.info(`分词 / word splitting: ${staged} entry pages staged for the search index while rendering (waited ${Date.now() - started} ms)`);
        } catch (error) {
          // The index step splits whatever is missing: the build goes on, only slower.
          rmSync(stager.stageDir, { recursive: true, force: true });
          logger.warn(`分词线程出错，索引时再分词 / the word-splitting thread failed (${(error as Error).message}); the index step will split the pages itself`);
        }
        stager = undefined;
      },
    },
  };
}
