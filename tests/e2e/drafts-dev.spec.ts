import { expect, test } from '@playwright/test';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_PORT } from '../../scripts/e2e-ports.mjs';

// Drafts exist only in `npm run dev`, so this spec starts its own dev server on a copy of the
// project whose content is the valid fixture plus one draft, instead of using the built sites.
const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = DEV_PORT;
const origin = `http://127.0.0.1:${PORT}`;

let dir = '';
let server: ChildProcess | undefined;

async function waitForServer(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro dev did not answer on ${origin} in time`);
}

test.describe('the dev server (npm run dev)', () => {
  test.describe.configure({ mode: 'serial', timeout: 90_000 });

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'xxyd-dev-'));
    for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(root, item), join(dir, item), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    cpSync(join(root, 'tests/fixtures/content/valid/content'), join(dir, 'content'), { recursive: true });
    const entry = readFileSync(join(dir, 'content/theory/good-theory.md'), 'utf8');
    writeFileSync(join(dir, 'content/theory/unfinished.md'), entry.replace('title: 测试理论学习', 'title: 还没写完的心得\ndraft: true'));
    server = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(PORT), '--host', '127.0.0.1'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/' },
      stdio: 'ignore',
    });
    await waitForServer(Date.now() + 60_000);
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

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
