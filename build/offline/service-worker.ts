import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOfflineManifest, type BuiltFile } from '../../src/lib/offline/manifest.ts';
import { fileToUrlPath, planItemLinks } from '../../src/lib/offline/routes.ts';

/** Every file under `dir`, with its size. */
function walk(dir: string): { full: string; size: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((p) => join(dir, p))
    .map((full) => ({ full, stat: statSync(full) }))
    .filter(({ stat }) => stat.isFile())
    .map(({ full, stat }) => ({ full, size: stat.size }));
}

/**
 * After the pages and the search index: writes `offline-manifest.json` (what to keep offline,
 * every page, each plan's pages) and bundles src/sw/service-worker.ts into `sw.js` with the
 * base path, the precache list and the search index's files baked in. Returns a line for the build log.
 */
export async function writeServiceWorker(out: string, base: string): Promise<string> {
  // Only the files kept offline need a hash (for the version): read on demand, not the whole site.
  const files: BuiltFile[] = walk(out).map(({ full, size }) => ({
    path: relative(out, full).split(sep).join('/'),
    size,
    get hash() {
      return createHash('sha1').update(readFileSync(full)).digest('hex');
    },
  }));
  const plans: Record<string, string[]> = {};
  for (const f of files.filter((f) => /^plans\/[^/]+\/index\.html$/.test(f.path))) {
    plans[fileToUrlPath(f.path, base)] = planItemLinks(readFileSync(join(out, f.path), 'utf8'));
  }
  const manifest = buildOfflineManifest(files, base, plans);
  writeFileSync(join(out, 'offline-manifest.json'), JSON.stringify(manifest));
  await build({
    entryPoints: [fileURLToPath(new URL('../../src/sw/service-worker.ts', import.meta.url))],
    outfile: join(out, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: {
      __XXYD_BASE__: JSON.stringify(base),
      __XXYD_VERSION__: JSON.stringify(manifest.version),
      __XXYD_PRECACHE__: JSON.stringify(manifest.precache),
      __XXYD_SEARCH_INDEX__: JSON.stringify(manifest.searchIndex),
    },
    logLevel: 'warning',
  });
  return `离线缓存 / offline: sw.js precaches ${manifest.precache.length} files and keeps ${manifest.searchIndex.length} search files once the reader is idle; ${manifest.pages.length} pages can be saved`;
}
