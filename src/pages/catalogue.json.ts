import type { APIRoute } from 'astro';
import { loadAllItems, loadCollection } from '../lib/content/load.ts';
import { resolvePlanItems } from '../lib/content/plan-items.ts';
import { periodLabel } from '../lib/content/period.ts';
import { entryUrl } from '../lib/url.ts';
import { buildCatalogue } from '../lib/catalogue.ts';

/** /catalogue.json: every published entry and plan, for the reading-progress pages (see src/lib/catalogue.ts). */
export const GET: APIRoute = async () => {
  const items = await loadAllItems();
  const plans = (await loadCollection('plans')).map(({ entry, item }) => ({
    item,
    period: entry.data.period,
    periodLabel: periodLabel(entry.data.period).label,
    items: resolvePlanItems(entry.data.items, items),
  }));
  const body = JSON.stringify(buildCatalogue(items, plans, entryUrl));
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
