import rss from '@astrojs/rss';
import type { CollectionName } from '../../site.config.ts';

/** How many entries a feed lists: enough for a reader who checks in once a month. */
export const FEED_SIZE = 50;

/** What a feed needs of an entry. */
export interface FeedEntry {
  collection: CollectionName;
  id: string;
  title: string;
  summary: string;
  date: Date;
  updated?: Date | undefined;
  draft: boolean;
}

/**
 * New and updated entries, most recently changed first: an entry updated today comes back to
 * the top of the feed (with its new date), as readers expect of 订阅最新内容. Drafts never appear.
 */
export function feedEntries<T extends FeedEntry>(items: readonly T[], collection?: CollectionName): T[] {
  const changed = (i: FeedEntry) => (i.updated ?? i.date).getTime();
  return items
    .filter((i) => !i.draft && (!collection || i.collection === collection))
    .sort((a, b) => changed(b) - changed(a) || a.id.localeCompare(b.id))
    .slice(0, FEED_SIZE);
}

/**
 * Stands in for the site's address while @astrojs/rss writes the feed, when SITE_URL is not set
 * (the library wants absolute links). It is then removed again, leaving root-relative links
 * (`/kb/theory/…/`) that feed readers resolve against the address they fetched the feed from,
 * rather than links to a made-up host.
 */
const NO_SITE = 'https://site-url-not-set.invalid';

export interface FeedOptions {
  title: string;
  description: string;
  /** SITE_URL's origin, or undefined. */
  site: string | undefined;
  /** The page the feed belongs to (root-relative, with the base path). */
  home: string;
  entries: readonly FeedEntry[];
  /** An entry's page, root-relative with the base path. */
  link: (entry: FeedEntry) => string;
  /** The collection's label, given as the item's category. */
  category: (entry: FeedEntry) => string;
}

/** The RSS 2.0 document of a feed. */
export async function feedXml(options: FeedOptions): Promise<string> {
  const site = options.site ?? NO_SITE;
  const response = await rss({
    title: options.title,
    description: options.description,
    site: new URL(options.home, site).href,
    trailingSlash: true,
    customData: '<language>zh-CN</language>',
    items: options.entries.map((entry) => ({
      title: entry.title,
      description: entry.summary,
      pubDate: entry.updated ?? entry.date,
      link: new URL(options.link(entry), site).href,
      categories: [options.category(entry)],
    })),
  });
  const xml = await response.text();
  return options.site ? xml : xml.replaceAll(NO_SITE, '');
}
