import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index into `<dist>/pagefind/` after every production build. Only
 * elements marked `data-pagefind-body` (article pages) are indexed; lists, tags and the
 * chrome are not. Chinese is segmented because every page says `<html lang="zh-CN">`.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'xxyd-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = Date.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`搜索索引创建失败 / could not create the search index: ${errors.join('; ')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          logger.info(`搜索索引 / search index: ${added.page_count} 页 pages in ${Date.now() - started} ms`);
        } finally {
          await index.deleteIndex();
          await pagefind.close();
        }
      },
    },
  };
}
