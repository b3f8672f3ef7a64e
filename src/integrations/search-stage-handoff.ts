/**
 * The hand-off between Astro's render and the word splitting for the search index (see
 * search-stage.ts). The middleware is bundled into Astro's build output and so cannot import
 * the integration's module; both meet at one global slot, set only while `astro build` runs.
 */

/** Takes rendered pages as Astro is about to write them. */
export interface PageStager {
  /** Whether the page at `pathname` is one the search index reads (an entry page). */
  wants(pathname: string): boolean;
  /** Hands over a page's HTML; its copy for the index is written off the render thread. */
  take(pathname: string, html: string): void;
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
