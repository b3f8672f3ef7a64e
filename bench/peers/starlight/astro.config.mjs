// @ts-check
// Benchmark peer: Starlight with its defaults, in Simplified Chinese, on the documents that
// bench/run.ts writes into src/content/docs/. Not part of the site.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'http://localhost:4321',
  devToolbar: { enabled: false },
  integrations: [
    starlight({
      title: '学习园地（Starlight）',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
