import type { CollectionName } from '../../site.config.ts';
import { type Item, type ItemFilter, type Page, filterItems, paginate, yearOf } from './items.ts';
import { tagSlug } from './tags.ts';

/** Ids that would collide with list routes (`/theory/page/2/`), refused by the content checker. */
export const RESERVED_IDS = ['page', 'year', 'type', 'tag'];

export interface ListRoute {
  /** The rest parameter after `/<collection>/`: undefined for page 1 of the whole list. */
  param: string | undefined;
  /** Root-relative path of this filter's first page, e.g. `/theory/year/2026/`. */
  basePath: string;
  filter: ItemFilter;
  /** Human label of the active filter, e.g. `2026年`, `三会一课`, `#党章党规`. */
  filterLabel?: string;
  page: Page<Item>;
}

/**
 * Every list page of a collection: the whole list, then one list per year, per type and per tag,
 * each split into pages. Static routes, so filters and pagination work without JavaScript.
 */
export function listRoutes(collection: CollectionName, items: readonly Item[], pageSize: number): ListRoute[] {
  const root = `/${collection}/`;
  const groups: { segment: string; filter: ItemFilter; label?: string }[] = [{ segment: '', filter: {} }];
  for (const year of new Set(items.map(yearOf))) groups.push({ segment: `year/${year}/`, filter: { year }, label: `${year}年` });
  for (const type of new Set(items.map((i) => i.type))) groups.push({ segment: `type/${tagSlug(type)}/`, filter: { type }, label: type });
  for (const tag of new Set(items.flatMap((i) => i.tags))) groups.push({ segment: `tag/${tagSlug(tag)}/`, filter: { tag }, label: `#${tag}` });

  return groups.flatMap(({ segment, filter, label }) =>
    paginate(filterItems(items, filter), pageSize).map((page) => {
      const rest = `${segment}${page.current > 1 ? `page/${page.current}/` : ''}`.replace(/\/$/, '');
      return { param: rest || undefined, basePath: root + segment, filter, filterLabel: label, page };
    }),
  );
}

/** The list path for a filter value, for the filter bar's links. */
export function filterPath(collection: CollectionName, kind: 'year' | 'type' | 'tag', value: string | number): string {
  return `/${collection}/${kind}/${kind === 'year' ? value : tagSlug(String(value))}/`;
}
