/** Cache names shared by the service worker and the page's 离线保存 action. */
export const CACHES = {
  /** HTML pages: network first, the cached copy when offline. */
  pages: 'xxyd-pages',
  /** Other files: cache first when their names carry a hash or they were precached with the build, otherwise network first (routes.ts). */
  assets: 'xxyd-assets',
  /** Pagefind's index, fragments and runtime. */
  search: 'xxyd-search',
} as const;

export type CacheName = keyof typeof CACHES;

/** The offline manifest written next to the site at build time (`offline-manifest.json`). */
export interface OfflineManifest {
  /** Build identifier; changes when any precached file changes. */
  version: string;
  /** Files every visitor's browser keeps from the start: styles, scripts and core pages. */
  precache: string[];
  /**
   * The search runtime and index (with the fragments, when they are small enough), kept once
   * the reader is idle. Searches read them from the network while it answers (routes.ts).
   */
  searchIndex: string[];
  /** Every page of the site, for 离线保存全站. */
  pages: string[];
  /** Each plan's page with the pages of its items, for 离线保存本计划. */
  plans: Record<string, string[]>;
  /** Search fragments not in `searchIndex` (a large site's), kept only by 离线保存全站. */
  search: string[];
  /**
   * Every file of this build under `_astro/` (styles, scripts, images), so the service worker can
   * tell an earlier build's files from this one's (stale-assets.ts).
   */
  assets: string[];
}
