// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePathFromEnv, siteUrlFromEnv } from './src/lib/base-path.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { buildInfo } from './src/integrations/build-info.ts';
import { internalLinks } from './src/markdown/internal-links.ts';
import { footnoteLabels } from './src/markdown/footnote-labels.ts';
import { outsideResources } from './src/markdown/outside-resources.ts';
import { missingImages } from './src/markdown/missing-images.ts';
import { routeOfContentFile } from './src/integrations/content-routes.ts';
import { sanitizeHtml } from './src/markdown/sanitize-html.ts';
import { siteConfig } from './src/site.config.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const base = basePathFromEnv(process.env.BASE_PATH);

const site = siteUrlFromEnv(process.env.SITE_URL);

/**
 * The small modules every page's own scripts share (the progress store and its codec, storage
 * guards, DOM helpers), in one chunk instead of a dozen: each file costs a request and compresses
 * alone, which took the article page past its 15 KB of JS (bench/README.md). A file listed here
 * that no longer exists stops the build, so a rename cannot quietly drop it from the chunk.
 */
const READER_MODULES = [
  'src/scripts/progress/store-instance.ts',
  'src/scripts/dom.ts',
  'src/scripts/safe-storage.ts',
  'src/lib/progress/codec/record.ts',
  'src/lib/progress/status.ts',
  'src/lib/progress/safe-object.ts',
  'src/lib/progress/store.ts',
  'src/lib/progress/types.ts',
  'src/lib/progress-view/entry-status.ts',
  'src/lib/progress-view/format.ts',
  'src/lib/progress-view/reading-position.ts',
  'src/lib/notes/storage-key.ts',
  'src/lib/preferences.ts',
];
const missingReaderModules = READER_MODULES.filter((file) => !existsSync(join(root, file)));
if (missingReaderModules.length) {
  throw new Error(`astro.config.mjs: READER_MODULES names files that do not exist: ${missingReaderModules.join(', ')}. Update the list.`);
}
const readerModuleIds = new Set(READER_MODULES.map((file) => join(root, file)));
/** @param {string} id */
const isReaderModule = (id) => readerModuleIds.has(id.split('?')[0] ?? id);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Astro 7 defaults to 'jsx' whitespace rules, which drop the space between inline
  // elements and glue Chinese to Latin text or numbers ("约5分钟"); keep HTML-aware compression.
  compressHTML: true,
  // No inline scripts or styles: the intranet's Content-Security-Policy allows only files.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Images in Markdown bodies get responsive sizes too (srcset); no generated inline styles.
  image: { layout: 'constrained', responsiveStyles: false },
  // The search index and the service worker are built from dist/ by scripts/postbuild.ts, the
  // second step of `npm run build`, once this process has exited: Pagefind's memory then never
  // adds to Astro's (see bench/README.md and build/search/README.md).
  // A sitemap only with SITE_URL: it must list absolute addresses. Drafts (noindex) and the 404 page stay out.
  integrations: [
    contentCheck(),
    mdx(),
    buildInfo(),
    ...(site ? [sitemap({ filter: (page) => !/\/(404|offline)\/?$/.test(new URL(page).pathname) })] : []),
  ],
  markdown: {
    processor: satteri({
      // A missing body image becomes a placeholder, so the preview's other pages keep working.
      mdastPlugins: [missingImages()],
      // Outside images and embeds become link cards first (no page loads from another host), then
      // the raw HTML left is sanitised (the cards are on its allowlist), so links it keeps get the
      // base path too.
      hastPlugins: [
        outsideResources(),
        sanitizeHtml({ trustMdx: siteConfig.mdx === 'trusted' }),
        internalLinks({ base, root, routeOfFile: (file) => routeOfContentFile(root, file) }),
        footnoteLabels(),
      ],
    }),
  },
  vite: {
    plugins: [
      tailwindcss(),
      {
        name: 'client-chunks',
        configEnvironment: (name) =>
          name === 'client'
            ? {
                build: {
                  modulePreload: false,
                  rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'reader', test: isReaderModule }] } } },
                },
              }
            : undefined,
      },
    ],
    build: { assetsInlineLimit: 0 },
    // Other builds in the tree (tests, benchmark peers) must not wake the dev server.
    server: { watch: { ignored: ['**/dist-kb/**', '**/bench/peers/**', '**/bench/results/**', '**/test-results/**', '**/release/**'] } },
  },
});
