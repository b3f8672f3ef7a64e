import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/package.mjs', import.meta.url));

function runPackage(dist: string, out: string) {
  return spawnSync(process.execPath, [script, '--dist', dist, '--out', out], { encoding: 'utf8' });
}

describe('npm run package', () => {
  test('archives the build, named with version and base path, with a matching SHA-256', () => {
    const work = mkdtempSync(join(tmpdir(), 'xxyd-package-'));
    try {
      const dist = join(work, 'dist');
      mkdirSync(join(dist, 'theory/a'), { recursive: true });
      writeFileSync(join(dist, 'index.html'), '<html lang="zh-CN"></html>');
      writeFileSync(join(dist, 'theory/a/index.html'), '文章');
      mkdirSync(join(dist, 'pagefind'));
      writeFileSync(join(dist, 'pagefind/pages.json'), '{"version":1,"pages":{}}');
      writeFileSync(
        join(dist, 'build-info.json'),
        JSON.stringify({ name: 'xuexi-yuandi', version: '1.2.3', base: '/kb/', builtAt: '2026-11-25T08:00:00Z' }),
      );
      const result = runPackage(dist, join(work, 'release'));
      expect(result.status).toBe(0);
      expect(readdirSync(join(work, 'release')).sort()).toEqual(['xuexi-yuandi-1.2.3-kb.tar.gz', 'xuexi-yuandi-1.2.3-kb.tar.gz.sha256']);
      const archive = join(work, 'release/xuexi-yuandi-1.2.3-kb.tar.gz');
      const sha = createHash('sha256').update(readFileSync(archive)).digest('hex');
      expect(readFileSync(`${archive}.sha256`, 'utf8')).toBe(`${sha}  xuexi-yuandi-1.2.3-kb.tar.gz\n`);
      const listing = spawnSync('tar', ['-tzf', archive], { encoding: 'utf8' }).stdout.split('\n');
      expect(listing).toContain('./index.html');
      expect(listing).toContain('./theory/a/index.html');
      // Deterministic: packaging the same build again gives the same bytes.
      expect(runPackage(dist, join(work, 'again')).status).toBe(0);
      expect(readFileSync(join(work, 'again/xuexi-yuandi-1.2.3-kb.tar.gz')).equals(readFileSync(archive))).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  test('names a root build "root" and explains a missing build', () => {
    const work = mkdtempSync(join(tmpdir(), 'xxyd-package-'));
    try {
      const missing = runPackage(join(work, 'nothing'), join(work, 'release'));
      expect(missing.status).toBe(1);
      expect(missing.stderr).toContain('请先运行 npm run build');
      mkdirSync(join(work, 'dist'));
      writeFileSync(
        join(work, 'dist/build-info.json'),
        JSON.stringify({ name: 'xuexi-yuandi', version: '0.1.0', base: '/', builtAt: '2026-11-25T08:00:00Z' }),
      );
      // astro build alone, without the index step that follows it in npm run build: no archive.
      const half = runPackage(join(work, 'dist'), join(work, 'half'));
      expect(half.status).toBe(1);
      expect(half.stderr).toContain('只完成了构建的第一步');
      expect(existsSync(join(work, 'half'))).toBe(false);
      mkdirSync(join(work, 'dist/pagefind'));
      writeFileSync(join(work, 'dist/pagefind/pages.json'), '{"version":1,"pages":{}}');
      expect(runPackage(join(work, 'dist'), join(work, 'release')).stdout).toContain('xuexi-yuandi-0.1.0-root.tar.gz');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
