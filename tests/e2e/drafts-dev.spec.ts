import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_PORT } from '../../scripts/e2e-ports.mjs';
import { type DevProject, startDevProject } from './dev-project.ts';

// Drafts exist only in `npm run dev`, so this spec starts its own dev server on a copy of the
// project whose content is the valid fixture plus one draft, instead of using the built sites.
let project: DevProject | undefined;
let origin = '';

test.describe('the dev server (npm run dev)', () => {
  test.describe.configure({ mode: 'serial', timeout: 90_000 });

  test.beforeAll(async () => {
    project = await startDevProject({
      port: DEV_PORT,
      prefix: 'xxyd-dev-',
      waitMs: 60_000,
      setup: (copy) => {
        const entry = readFileSync(join(copy, 'content/theory/good-theory.md'), 'utf8');
        writeFileSync(
          join(copy, 'content/theory/unfinished.md'),
          entry.replace('title: 测试理论学习', 'title: 还没写完的心得\ndraft: true'),
        );
      },
    });
    origin = project.origin;
  });

  test.afterAll(() => project?.stop());

  test('a draft shows with the 草稿 banner, and is marked in its list', async ({ page }) => {
    await page.goto(`${origin}/theory/unfinished/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('还没写完的心得');
    await expect(page.getByRole('note')).toHaveText('草稿：本页只在本地预览中显示，不会发布。');
    await page.goto(`${origin}/theory/`);
    const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: '还没写完的心得' }) });
    await expect(card.getByText('草稿', { exact: true })).toBeVisible();
  });

  test('a published entry has no banner', async ({ page }) => {
    await page.goto(`${origin}/theory/good-theory/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('测试理论学习');
    await expect(page.getByText('草稿：本页只在本地预览中显示')).toHaveCount(0);
  });

  test('the search page says plainly that search needs a build, and does not try to search', async ({ page }) => {
    await page.goto(`${origin}/search/?q=${encodeURIComponent('测试')}`);
    await expect(page.getByText('开发预览（npm run dev）中没有搜索索引')).toBeVisible();
    await expect(page.locator('[data-search-status]')).toHaveAttribute('data-state', 'idle');
    await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem')).toHaveCount(0);
  });
});
