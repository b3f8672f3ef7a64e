/**
 * The longest main-thread task of each kind of page in a member's browser after a year of use
 * (issue 24: every page under 200 ms with a full year of realistic records). Measured by
 * `npm run bench`, never asserted in tests: a task's length depends on what else the machine runs.
 */
import type { Browser } from '@playwright/test';
import { STORAGE_KEY } from '../src/lib/progress/types.ts';

/**
 * A year of use as stored under the progress key: every entry and plan of the site read (four in
 * five) or being read across 2026, and 300 more records of entries the site no longer has (an
 * archive changes; a member's records stay). The e2e suite loads it too, to check nothing is lost.
 */
export function yearOfRecords(keys: readonly string[]): string {
  const records: Record<string, unknown> = {};
  const all = [...keys, ...Array.from({ length: 300 }, (_, i) => `${['theory', 'exemplars', 'training'][i % 3]}/earlier-${i}`)];
  all.forEach((key, i) => {
    const day = `2026-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}T0${i % 10}:15:00.000Z`;
    const read = i % 5 !== 0;
    const attended = key.startsWith('training/') && i % 2 === 0;
    records[key] = {
      status: read ? 'read' : 'reading',
      firstOpenedAt: day,
      lastOpenedAt: day,
      readAt: read ? day : null,
      scroll: read ? 1 : 0.4,
      activeSeconds: 60 + (i % 30) * 20,
      contentHash: null,
      attended,
      attendedAt: attended ? day : null,
    };
  });
  return JSON.stringify({ version: 2, state: { settings: { name: '王晓梅', annualTarget: 32 }, records } });
}

interface CatalogueKeys {
  entries: { key: string; url: string; collection: string }[];
  plans: { key: string; url: string }[];
}

/**
 * Opens each kind of page of the site at `origin` (home, a list, `article`, a training, a plan,
 * 我的学习, 我的笔记, the ledger) with a year of records stored, and returns each page's longest
 * task in milliseconds, counting what the page does once loaded (totals, the chart).
 */
export async function longTasksWithAYear(browser: Browser, origin: string, article: string): Promise<Record<string, number>> {
  const catalogue = (await (await fetch(`${origin}/catalogue.json`)).json()) as CatalogueKeys;
  const stored = yearOfRecords([...new Set([...catalogue.entries, ...catalogue.plans].map((e) => e.key))]);
  const training = catalogue.entries.find((e) => e.collection === 'training')?.url;
  const plan = catalogue.plans[0]?.url;
  const paths = ['/', '/theory/', article, training, plan, '/progress/', '/notes/', '/ledger/'].filter((p): p is string => !!p);
  const context = await browser.newContext();
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    },
    [STORAGE_KEY, stored],
  );
  const longest: Record<string, number> = {};
  try {
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      longest[path] = Math.round(await page.evaluate(() => (window as unknown as { longest: number }).longest));
    }
  } finally {
    await context.close();
  }
  return longest;
}
