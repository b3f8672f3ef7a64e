/**
 * The second step of `npm run build`, after `astro build` has exited: builds the search index
 * (in parts, see src/lib/search/index-parts.ts) and the offline bundle (offline-manifest.json,
 * sw.js) from the built site. It runs in its own process so Pagefind's memory never adds to
 * Astro's. Usage: node scripts/postbuild.ts [--dist <dir>]   (default dist)
 * XXYD_SEARCH_PAGES_PER_PART sets the pages per index part (default 800).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../build/search/index.ts';
import { writeServiceWorker } from '../build/offline/service-worker.ts';
import { DEFAULT_PAGES_PER_PART } from '../src/lib/search/index-parts.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = resolve(values.dist);
const infoFile = join(dist, 'build-info.json');
if (!existsSync(infoFile)) {
  console.error(
    `没有找到构建结果 ${infoFile}：请先运行 astro build（npm run build 会依次完成两步）。\nNo Astro build found in ${dist}: run astro build first (npm run build runs both steps).`,
  );
  process.exit(1);
}
const { base } = JSON.parse(readFileSync(infoFile, 'utf8')) as { base: string };
const perPart = Number(process.env.XXYD_SEARCH_PAGES_PER_PART) || DEFAULT_PAGES_PER_PART;

let started = Date.now();
const index = await buildSearchIndex(dist, base.endsWith('/') ? base : `${base}/`, perPart);
console.log(
  `搜索索引 / search index: ${index.pages} 页 pages in ${index.parts} 个分卷 part(s), ${(index.bytes / 1024).toFixed(0)} KB, ${Date.now() - started} ms`,
);
started = Date.now();
console.log(`${await writeServiceWorker(dist, base.endsWith('/') ? base : `${base}/`)} (${Date.now() - started} ms)`);
