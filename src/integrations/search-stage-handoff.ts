/**
 * The hand-off between Astro's render and the word splitting for the search index (see
 * search-stage.ts). The middleware is bundled into Astro's build output and so cannot import
 * the integration's module; both meet at one global slot, set only while `astro build` runs.
 */

/** Takes rendered pages as Astro is about to write them. */
export interface PageStager {
  /**
   * The file, relative to the site, of the page at `pathname` when it is one to stage (an entry
   * page, while staging works); null otherwise.
   */
  fileFor(pathname: string): string | null;
  /** Hands over the HTML of the page written to `file`; its copy for the index is written off the render thread. */
  take(file: string, html: string): void;
}

const SLOT = Symbol.for('xxyd.search-stage');

type WithSlot = typeof globalThis & { [SLOT]?: PageStager };

/** The stager of the build under way, if any. */
export function activeStager(): PageStager | undefined {
  return (globalThis as WithSlot)[SLOT];
}

/** Sets (or, with undefined, clears) the stager of the build under way. */
export function setActiveStager(stager: PageStager | undefined) {
  if (stager) (globalThis as WithSlot)[SLOT] = stager;
  else delete (globalThis as WithSlot)[SLOT];
}
