/** Cache names shared by the service worker and the page's 离线保存 action. */
export const CACHES = {
  /** HTML pages: network first, the cached copy when offline. */
  pages: 'xxyd-pages',
  /** Hashed build assets and images: cache first, they never change. */
  assets: 'xxyd-assets',
  /** Pagefind's index, fragments and runtime. */
  search: 'xxyd-search',
} as const;

export type CacheName = keyof typeof CACHES;

/** The offline manifest written next to the site at build time (`offline-manifest.json`). */
export interface OfflineManifest {
  /** Build identifier; changes when any precached file changes. */
  version: string;
  /** Files every visitor's browser keeps: styles, scripts, core pages and the search index. */
  precache: string[];
  /** Every page of the site, for 离线保存全站. */
  pages: string[];
  /** Each plan's page with the pages of its items, for 离线保存本计划. */
  plans: Record<string, string[]>;
  /** Search files not precached (fragments, when the index is large). */
  search: string[];
}
