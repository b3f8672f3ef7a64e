/**
 * `npm run build`, step 1: Astro builds the pages (step 2, scripts/postbuild.ts, indexes them).
 *
 * Astro's command line runs with settings that keep the build's memory down, measured in
 * bench/README.md (3,000 documents: peak about 1.2 GB before, under 0.9 GB after, same speed):
 * - `MIMALLOC_ARENA_EAGER_COMMIT=0`, `MIMALLOC_PURGE_DELAY=0`: the bundler's memory allocator
 *   (mimalloc, inside Rolldown) claims memory as it is used and hands it back once free;
 * - `--max-semi-space-size=8`: V8's young generation stays at 16 MB (Node lets it grow to 128 MB).
 * They must be in place when the process starts, so this script replaces itself with Astro's
 * (`process.execve`). Where that is not available (Windows), Astro runs with the defaults.
 * Settings already in the environment win.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const astroBin = join(dirname(fileURLToPath(import.meta.resolve('astro/package.json'))), 'bin', 'astro.mjs');
const args = ['build', ...process.argv.slice(2)];
const env = { MIMALLOC_ARENA_EAGER_COMMIT: '0', MIMALLOC_PURGE_DELAY: '0', ...process.env };

try {
  process.execve!(process.execPath, [process.execPath, '--max-semi-space-size=8', astroBin, ...args], env);
} catch {
  process.argv = [process.argv[0]!, astroBin, ...args];
  await import(pathToFileURL(astroBin).href);
}
