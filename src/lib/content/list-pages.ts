import { siteConfig, type CollectionName } from '../../site.config.ts';
import { loadCollection } from './load.ts';
import { listRoutes } from './list-routes.ts';
import { facetsOf } from './items.ts';

/** getStaticPaths for `src/pages/<collection>/[...page].astro`. */
export async function collectionListPaths(collection: CollectionName) {
  const items = (await loadCollection(collection)).map((p) => p.item);
  const facets = facetsOf(items);
  return listRoutes(collection, items, siteConfig.pageSize).map((route) => ({
    params: { page: route.param },
    props: { collection, route, facets, total: items.length },
  }));
}
