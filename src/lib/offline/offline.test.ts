import { describe, expect, test } from 'vitest';
import { cacheFor, fileToUrlPath, isImmutable, pageKey, planItemLinks } from './routes.ts';
import { buildOfflineManifest, PRECACHE_FRAGMENTS_LIMIT } from './manifest.ts';
import { pageResources } from './resources.ts';

describe('service worker routes', () => {
  test('sorts requests into pages, assets and search, leaving others to the network', () => {
    expect(cacheFor('/kb/theory/a/', '/kb/', true)).toBe('pages');
    expect(cacheFor('/kb/', '/kb/', true)).toBe('pages');
    expect(cacheFor('/kb/_astro/a.css', '/kb/', false)).toBe('assets');
    expect(cacheFor('/kb/pagefind/index/zh_1.pf_index', '/kb/', false)).toBe('search');
    expect(cacheFor('/other/x', '/kb/', true)).toBeNull();
    expect(cacheFor('/kb/sw.js', '/kb/', false)).toBeNull();
  });
  test('only hashed files are served from the cache without asking the network', () => {
    expect(isImmutable('/kb/_astro/a.B1.css', '/kb/')).toBe(true);
    expect(isImmutable('/kb/pagefind/fragment/zh_1.pf_fragment', '/kb/')).toBe(true);
    expect(isImmutable('/kb/pagefind/part-2/index/und-x-p2_1.pf_index', '/kb/')).toBe(true);
    expect(isImmutable('/kb/pagefind/pagefind.js', '/kb/')).toBe(false);
    expect(isImmutable('/kb/pagefind/parts.json', '/kb/')).toBe(false);
    expect(isImmutable('/kb/prefs.js', '/kb/')).toBe(false);
  });
  test('stores a page once, whatever its query', () => {
    expect(pageKey(new URL('http://h/kb/theory/a/?highlight=x#p'))).toBe('http://h/kb/theory/a/');
    expect(pageKey(new URL('http://h/kb/theory/a'))).toBe('http://h/kb/theory/a/');
    expect(pageKey(new URL('http://h/kb/404.html'))).toBe('http://h/kb/404.html');
  });
  test('maps built files to their addresses', () => {
    expect(fileToUrlPath('index.html', '/kb/')).toBe('/kb/');
    expect(fileToUrlPath('theory/a/index.html', '/kb/')).toBe('/kb/theory/a/');
    expect(fileToUrlPath('_astro/x.css', '/')).toBe('/_astro/x.css');
  });
  test('reads a plan page’s item links', () => {
    const html = '<div class="x" data-plan-items data-pagefind-ignore><a href="/kb/theory/a/">A</a><a href="/kb/exemplars/b/">B</a></div><h2>计划说明</h2>';
    expect(planItemLinks(html)).toEqual(['/kb/theory/a/', '/kb/exemplars/b/']);
  });
});

describe('offline manifest', () => {
  const file = (path: string, size = 10) => ({ path, size, hash: path });
  const files = [
    file('index.html'),
    file('search/index.html'),
    file('progress/index.html'),
    file('404.html'),
    file('theory/a/index.html'),
    file('_astro/a.css'),
    file('_astro/b.js'),
    file('_astro/photo.webp'),
    file('prefs.js'),
    file('pagefind/pagefind.js'),
    file('pagefind/index/zh_1.pf_index'),
    file('pagefind/fragment/zh_1.pf_fragment'),
    file('pagefind/pagefind-ui.js'),
  ];
  test('precaches the shell, styles, scripts and the search index, not images or other pages', () => {
    const m = buildOfflineManifest(files, '/kb/', {});
    expect(m.precache).toEqual([
      '/kb/_astro/a.css',
      '/kb/_astro/b.js',
      '/kb/prefs.js',
      '/kb/pagefind/pagefind.js',
      '/kb/pagefind/index/zh_1.pf_index',
      '/kb/pagefind/fragment/zh_1.pf_fragment',
      '/kb/',
      '/kb/search/',
      '/kb/progress/',
      '/kb/404.html',
    ]);
    expect(m.pages).toEqual(['/kb/', '/kb/search/', '/kb/progress/', '/kb/theory/a/']);
    expect(m.search).toEqual([]);
  });
  test('precaches every part of a search index in parts, with the runtime each part may run in its own worker', () => {
    const parted = [...files, file('pagefind/parts.json'), file('pagefind/part-1/pagefind.js'), file('pagefind/part-1/pagefind-worker.js'), file('pagefind/part-1/wasm.unknown.pagefind'), file('pagefind/part-1/pagefind-entry.json'), file('pagefind/part-1/pagefind.und-x-p1_1.pf_meta'), file('pagefind/part-1/index/und-x-p1_1.pf_index'), file('pagefind/part-1/fragment/und-x-p1_1.pf_fragment')];
    const m = buildOfflineManifest(parted, '/', {});
    for (const p of ['/pagefind/parts.json', '/pagefind/part-1/pagefind-entry.json', '/pagefind/part-1/pagefind.und-x-p1_1.pf_meta', '/pagefind/part-1/index/und-x-p1_1.pf_index', '/pagefind/part-1/fragment/und-x-p1_1.pf_fragment']) expect(m.precache).toContain(p);
    for (const p of ['/pagefind/part-1/pagefind.js', '/pagefind/part-1/pagefind-worker.js', '/pagefind/part-1/wasm.unknown.pagefind']) expect(m.precache).toContain(p);
  });
  test('leaves a large set of search fragments to be cached as used', () => {
    const big = [...files, file('pagefind/fragment/zh_2.pf_fragment', PRECACHE_FRAGMENTS_LIMIT)];
    const m = buildOfflineManifest(big, '/', {});
    expect(m.precache.some((p) => p.includes('/fragment/'))).toBe(false);
    expect(m.search).toHaveLength(2);
  });
  test('the version changes when a precached file changes, not when a page does', () => {
    const v1 = buildOfflineManifest(files, '/', {}).version;
    const v2 = buildOfflineManifest(files.map((f) => (f.path === '_astro/a.css' ? { ...f, hash: 'new' } : f)), '/', {}).version;
    const v3 = buildOfflineManifest(files.map((f) => (f.path === 'theory/a/index.html' ? { ...f, hash: 'new' } : f)), '/', {}).version;
    expect(v2).not.toBe(v1);
    expect(v3).toBe(v1);
  });
});

describe('pageResources', () => {
  test('lists the same-origin files a page needs, without other hosts', () => {
    const html = `<link rel="stylesheet" href="/kb/_astro/a.css"><script type="module" src="/kb/_astro/b.js"></script>
      <img src="/kb/_astro/p.webp" srcset="/kb/_astro/p-240.webp 240w, /kb/_astro/p-480.webp 480w">
      <a href="/kb/attachments/x.txt" download>讲义</a><a href="/kb/theory/b/">下一篇</a>
      <img src="https://cdn.invalid/x.png">`;
    expect(pageResources(html, 'http://h/kb/theory/a/').sort()).toEqual(
      ['http://h/kb/_astro/a.css', 'http://h/kb/_astro/b.js', 'http://h/kb/_astro/p.webp', 'http://h/kb/_astro/p-240.webp', 'http://h/kb/_astro/p-480.webp', 'http://h/kb/attachments/x.txt'].sort(),
    );
  });
});
