import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionNames, siteConfig, type CollectionName } from '../../site.config.ts';
import { loadAllItems } from '../../lib/content/load.ts';
import { feedEntries, feedXml } from '../../lib/feed/feed.ts';
import { entryUrl, url } from '../../lib/url.ts';

/** /feeds/all.xml (every collection) and /feeds/<collection>.xml: RSS of new and updated entries (订阅最新内容). */
export const getStaticPaths = (() => [
  { params: { feed: 'all' } },
  ...collectionNames.map((feed) => ({ params: { feed } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const collection = params.feed === 'all' ? undefined : (params.feed as CollectionName);
  const label = collection ? siteConfig.collections[collection].label : '最新内容';
  const xml = await feedXml({
    title: `${siteConfig.name} - ${label}`,
    description: collection
      ? siteConfig.collections[collection].description
      : `${siteConfig.organisation}${siteConfig.name}新发布和更新的内容`,
    site: site?.origin,
    home: url(collection ? `/${collection}/` : '/'),
    entries: feedEntries(await loadAllItems(), collection),
    link: (entry) => entryUrl(entry.collection, entry.id),
    category: (entry) => siteConfig.collections[entry.collection].label,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
