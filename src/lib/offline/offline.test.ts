import { describe, expect, test } from 'vitest';
import { cacheable, removedPages } from './cacheable.ts';
import { answersFromCache, cacheFor, fileToUrlPath, isImmutable, pageKey, planItemLinks } from './routes.ts';
import { buildOfflineManifest, KEEP_FRAGMENTS_LIMIT } from './manifest.ts';
import { pageResources } from './resources.ts';
import { assetName, referencedAssetNames, staleAssets } from './stale-assets.ts';
import { KEPT_SEARCH_DIR, keptMarker, keptSearchFile, liveSearchPattern, searchFilesToKeep } from './keep-search.ts';

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
    expect(isImmutable('/kb/catalogue.json', '/kb/')).toBe(false);
    expect(isImmutable('/kb/files/training/plan.pdf', '/kb/')).toBe(false);
  });
  test('the cache answers hashed and precached files; the catalogue and attachments ask the network first', () => {
    const precached = new Set(['/kb/prefs.js', '/kb/favicon.svg', '/kb/_astro/a.B1.css']);
    expect(answersFromCache('/kb/_astro/b.C2.js', '/kb/', precached)).toBe(true);
    expect(answersFromCache('/kb/prefs.js', '/kb/', precached)).toBe(true);
    expect(answersFromCache('/kb/favicon.svg', '/kb/', precached)).toBe(true);
    expect(answersFromCache('/kb/catalogue.json', '/kb/', precached)).toBe(false);
    expect(answersFromCache('/kb/files/training/plan.pdf', '/kb/', precached)).toBe(false);
    expect(answersFromCache('/prefs.js', '/kb/', precached)).toBe(false);
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
    const html =
      '<div class="x" data-plan-items data-pagefind-ignore><a href="/kb/theory/a/">A</a><a href="/kb/exemplars/b/">B</a></div><h2>计划说明</h2>';
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
    file('manifest.webmanifest'),
    file('icons/icon-192.png'),
    file('pagefind/pagefind.js'),
    file('pagefind/index/zh_1.pf_index'),
    file('pagefind/fragment/zh_1.pf_fragment'),
    file('pagefind/pagefind-ui.js'),
  ];
  test('precaches the shell, styles and scripts, and keeps the search index apart; not images or other pages', () => {
    const m = buildOfflineManifest(files, '/kb/', {});
    // The web app manifest and its icons too: the site added to a home screen opens offline.
    expect(m.precache).toEqual([
      '/kb/_astro/a.css',
      '/kb/_astro/b.js',
      '/kb/prefs.js',
      '/kb/manifest.webmanifest',
      '/kb/icons/icon-192.png',
      '/kb/',
      '/kb/search/',
      '/kb/progress/',
      '/kb/404.html',
    ]);
    expect(m.searchIndex).toEqual([
      '/kb/pagefind/pagefind.js',
      '/kb/pagefind/index/zh_1.pf_index',
      '/kb/pagefind/fragment/zh_1.pf_fragment',
    ]);
    expect(m.pages).toEqual(['/kb/', '/kb/search/', '/kb/progress/', '/kb/theory/a/']);
    expect(m.search).toEqual([]);
    // Every file of this build under _astro/, images included: the service worker keeps them when it tidies up.
    expect(m.assets).toEqual(['/kb/_astro/a.css', '/kb/_astro/b.js', '/kb/_astro/photo.webp']);
  });
  test('does not precache the chunks one page loads on demand (the ledger’s Excel writer)', () => {
    const m = buildOfflineManifest(
      [...files, file('_astro/exceljs.min.AluQLN9-.js'), file('_astro/xlsx.C6GbVl-T.js'), file('_astro/docx.me9GDhp5.js')],
      '/',
      {},
    );
    expect(m.precache.some((p) => /exceljs|xlsx|docx/.test(p))).toBe(false);
    expect(m.assets).toContain('/_astro/docx.me9GDhp5.js');
    expect(m.assets).toContain('/_astro/exceljs.min.AluQLN9-.js');
  });
  test('keeps every part of a search index in parts, with the runtime each part may run in its own worker', () => {
    const parted = [
      ...files,
      file('pagefind/parts.json'),
      file('pagefind/part-1/pagefind.js'),
      file('pagefind/part-1/pagefind-worker.js'),
      file('pagefind/part-1/wasm.unknown.pagefind'),
      file('pagefind/part-1/pagefind-entry.json'),
      file('pagefind/part-1/pagefind.und-x-p1_1.pf_meta'),
      file('pagefind/part-1/index/und-x-p1_1.pf_index'),
      file('pagefind/part-1/fragment/und-x-p1_1.pf_fragment'),
    ];
    const m = buildOfflineManifest(parted, '/', {});
    for (const p of [
      '/pagefind/parts.json',
      '/pagefind/part-1/pagefind-entry.json',
      '/pagefind/part-1/pagefind.und-x-p1_1.pf_meta',
      '/pagefind/part-1/index/und-x-p1_1.pf_index',
      '/pagefind/part-1/fragment/und-x-p1_1.pf_fragment',
    ])
      expect(m.searchIndex).toContain(p);
    for (const p of ['/pagefind/part-1/pagefind.js', '/pagefind/part-1/pagefind-worker.js', '/pagefind/part-1/wasm.unknown.pagefind'])
      expect(m.searchIndex).toContain(p);
    expect(m.precache.some((p) => p.includes('/pagefind/'))).toBe(false);
  });
  test('leaves a large set of search fragments to 离线保存全站', () => {
    const big = [...files, file('pagefind/fragment/zh_2.pf_fragment', KEEP_FRAGMENTS_LIMIT)];
    const m = buildOfflineManifest(big, '/', {});
    expect(m.searchIndex.some((p) => p.includes('/fragment/'))).toBe(false);
    expect(m.searchIndex).toContain('/pagefind/index/zh_1.pf_index');
    expect(m.search).toHaveLength(2);
  });
  test('the version changes when a precached file or the search index changes, not when a page does', () => {
    const v1 = buildOfflineManifest(files, '/', {}).version;
    const v2 = buildOfflineManifest(
      files.map((f) => (f.path === '_astro/a.css' ? { ...f, hash: 'new' } : f)),
      '/',
      {},
    ).version;
    const v3 = buildOfflineManifest(
      files.map((f) => (f.path === 'theory/a/index.html' ? { ...f, hash: 'new' } : f)),
      '/',
      {},
    ).version;
    const v4 = buildOfflineManifest(
      files.map((f) => (f.path === 'pagefind/index/zh_1.pf_index' ? { ...f, hash: 'new' } : f)),
      '/',
      {},
    ).version;
    expect(v2).not.toBe(v1);
    expect(v3).toBe(v1);
    expect(v4).not.toBe(v1);
  });
});

describe('keeping the search index', () => {
  test('maps the kept folder onto the search files it stands for, and nothing else', () => {
    expect(keptSearchFile('/kb/pagefind-kept/part-1/index/und-x-p1_1.pf_index', '/kb/')).toBe(
      '/kb/pagefind/part-1/index/und-x-p1_1.pf_index',
    );
    expect(keptSearchFile('/pagefind-kept/pagefind.js', '/')).toBe('/pagefind/pagefind.js');
    expect(keptSearchFile('/kb/pagefind/pagefind.js', '/kb/')).toBeNull();
    expect(keptSearchFile('/pagefind-kept/pagefind.js', '/kb/')).toBeNull();
  });
  test('routes the live search files past the service worker, with the base path taken literally', () => {
    expect(liveSearchPattern('/')).toBe('/pagefind/*');
    expect(liveSearchPattern('/kb/')).toBe('/kb/pagefind/*');
    expect(liveSearchPattern('/a:b*(c)/')).toBe('/a\\:b\\*\\(c\\)/pagefind/*');
    // The kept folder is not under the live pattern's folder.
    expect(`/kb/${KEPT_SEARCH_DIR}`.startsWith('/kb/pagefind/')).toBe(false);
  });
  test("keeps this build's index, marker and saved fragments; an earlier build's files go", () => {
    const build = {
      version: 'v2',
      searchIndex: ['/kb/pagefind/pagefind.js', '/kb/pagefind/index/zh_new.pf_index'],
      marker: keptMarker('/kb/', 'v2'),
    };
    const keep = searchFilesToKeep('https://x.example', build, { version: 'v2', search: ['/kb/pagefind/fragment/zh_a.pf_fragment', 42] })!;
    expect([...keep].sort()).toEqual([
      'https://x.example/kb/pagefind-kept/.complete-v2',
      'https://x.example/kb/pagefind/fragment/zh_a.pf_fragment',
      'https://x.example/kb/pagefind/index/zh_new.pf_index',
      'https://x.example/kb/pagefind/pagefind.js',
    ]);
    for (const old of ['https://x.example/kb/pagefind/index/zh_old.pf_index', 'https://x.example/kb/pagefind-kept/.complete-v1'])
      expect(keep.has(old)).toBe(false);
  });
  test("removes nothing when the offline manifest is another build's or unreadable", () => {
    const build = { version: 'v2', searchIndex: [], marker: keptMarker('/', 'v2') };
    expect(searchFilesToKeep('https://x.example', build, { version: 'v3', search: [] })).toBeNull();
    expect(searchFilesToKeep('https://x.example', build, { version: 'v2' })).toBeNull();
    expect(searchFilesToKeep('https://x.example', build, {})).toBeNull();
  });
  test('marks a complete copy per build', () => {
    expect(keptMarker('/kb/', 'abc')).toBe('/kb/pagefind-kept/.complete-abc');
    expect(keptSearchFile(keptMarker('/kb/', 'abc'), '/kb/')).toBe('/kb/pagefind/.complete-abc');
  });
});

describe('pageResources', () => {
  test('lists the same-origin files a page needs, without other hosts', () => {
    const html = `<link rel="stylesheet" href="/kb/_astro/a.css"><script type="module" src="/kb/_astro/b.js"></script>
      <img src="/kb/_astro/p.webp" srcset="/kb/_astro/p-240.webp 240w, /kb/_astro/p-480.webp 480w">
      <a href="/kb/attachments/x.txt" download>讲义</a><a href="/kb/theory/b/">下一篇</a>
      <img src="https://cdn.invalid/x.png">`;
    expect(pageResources(html, 'http://h/kb/theory/a/').sort()).toEqual(
      [
        'http://h/kb/_astro/a.css',
        'http://h/kb/_astro/b.js',
        'http://h/kb/_astro/p.webp',
        'http://h/kb/_astro/p-240.webp',
        'http://h/kb/_astro/p-480.webp',
        'http://h/kb/attachments/x.txt',
      ].sort(),
    );
  });
});

describe('dropping the styles and scripts of earlier builds', () => {
  const origin = 'http://h';
  const at = (path: string) => origin + path;
  const current = ['/kb/_astro/BaseLayout.NEW1.css', '/kb/_astro/search.NEW2.js', '/kb/_astro/photo.NEW3.webp'];
  const files: Record<string, string> = {
    [at('/kb/_astro/BaseLayout.OLD1.css')]: '.a{background:url(./bg.OLD5.svg)}',
    [at('/kb/_astro/entry.OLD2.js')]: 'import{t}from"./dom.OLD3.js";t(()=>import(`./lazy.OLD4.js`),[])',
    [at('/kb/_astro/dom.OLD3.js')]: 'export const t=1',
    [at('/kb/_astro/lazy.OLD4.js')]: 'export{}',
    [at('/kb/_astro/bg.OLD5.svg')]: '<svg/>',
    [at('/kb/_astro/unused.OLD6.js')]: 'import"./unused-dep.OLD7.js"',
    [at('/kb/_astro/unused-dep.OLD7.js')]: '',
    [at('/kb/_astro/photo.OLD8.webp')]: '',
    [at('/kb/_astro/photo.OLD9.webp')]: '',
  };
  const cached = [...Object.keys(files), ...current.map(at), at('/kb/catalogue.json'), at('/kb/files/plan.pdf')];
  const readAsset = async (url: string) => files[url] ?? null;
  // A page saved by 离线保存 before the update, still pointing at its own build's files.
  const oldPage =
    '<link rel="stylesheet" href="/kb/_astro/BaseLayout.OLD1.css"><script type="module" src="/kb/_astro/entry.OLD2.js"></script>' +
    '<img srcset="/kb/_astro/photo.OLD8.webp 400w, /kb/_astro/photo.OLD9.webp 800w" src="/kb/_astro/photo.OLD8.webp">';
  const newPage = '<link rel="stylesheet" href="/kb/_astro/BaseLayout.NEW1.css">';

  test('finds the files a page, a script or a stylesheet refers to', () => {
    expect([...referencedAssetNames(oldPage)]).toEqual(['BaseLayout.OLD1.css', 'entry.OLD2.js', 'photo.OLD8.webp', 'photo.OLD9.webp']);
    expect([...referencedAssetNames(files[at('/kb/_astro/entry.OLD2.js')]!, true)]).toEqual(['dom.OLD3.js', 'lazy.OLD4.js']);
    expect([...referencedAssetNames('<a href="./x.html">', false)]).toEqual([]);
    expect(assetName('/kb/_astro/a.B1.css', '/kb/')).toBe('a.B1.css');
    expect(assetName('/kb/files/a.pdf', '/kb/')).toBeNull();
  });
  test("drops an earlier build's files no saved page needs, and nothing else", async () => {
    const stale = await staleAssets({ cached, base: '/kb/', current, pages: [oldPage, newPage], readAsset });
    expect(stale.sort()).toEqual([at('/kb/_astro/unused-dep.OLD7.js'), at('/kb/_astro/unused.OLD6.js')]);
  });
  test('keeps what a saved page needs through its scripts and styles, dynamic imports and url() included', async () => {
    const stale = await staleAssets({ cached, base: '/kb/', current, pages: [newPage], readAsset });
    expect(stale.sort()).toEqual(Object.keys(files).sort());
    const kept = await staleAssets({ cached, base: '/kb/', current, pages: [oldPage], readAsset });
    for (const name of [
      'BaseLayout.OLD1.css',
      'bg.OLD5.svg',
      'entry.OLD2.js',
      'dom.OLD3.js',
      'lazy.OLD4.js',
      'photo.OLD8.webp',
      'photo.OLD9.webp',
    ]) {
      expect(kept).not.toContain(at(`/kb/_astro/${name}`));
    }
  });
  test("never drops this build's files, the catalogue or attachments, and reads no page when nothing is old", async () => {
    let read = 0;
    const pages = {
      *[Symbol.iterator]() {
        read += 1;
        yield newPage;
      },
    };
    const onlyCurrent = [...current.map(at), at('/kb/catalogue.json'), at('/kb/files/plan.pdf')];
    expect(await staleAssets({ cached: onlyCurrent, base: '/kb/', current, pages, readAsset })).toEqual([]);
    expect(read).toBe(0);
  });
  test('drops nothing when a script it must follow cannot be read', async () => {
    const stale = await staleAssets({ cached, base: '/kb/', current, pages: [oldPage], readAsset: async () => null });
    expect(stale).toEqual([]);
  });
});

describe('cacheable', () => {
  const ok = { ok: true, status: 200, redirected: false, type: 'basic', contentType: 'text/css' };
  test('keeps a plain answer of the kind asked for', () => {
    expect(cacheable(ok, '/_astro/a.css')).toBe(true);
    // Pagefind's files: extensions with an underscore are files too, not pages.
    expect(cacheable({ ...ok, contentType: 'application/octet-stream' }, '/kb/pagefind/index/und_1.pf_index')).toBe(true);
    expect(cacheable({ ...ok, contentType: 'application/octet-stream' }, '/kb/pagefind/wasm.unknown.pagefind')).toBe(true);
    expect(cacheable({ ...ok, contentType: 'text/html; charset=utf-8' }, '/theory/a/')).toBe(true);
  });
  test('never keeps a redirected, opaque, partial or failed answer', () => {
    expect(cacheable({ ...ok, redirected: true }, '/_astro/a.css')).toBe(false);
    expect(cacheable({ ...ok, type: 'opaque', ok: false, status: 0 }, '/_astro/a.css')).toBe(false);
    expect(cacheable({ ...ok, type: 'opaqueredirect', ok: false, status: 0 }, '/_astro/a.css')).toBe(false);
    expect(cacheable({ ...ok, status: 206 }, '/_astro/a.css')).toBe(false);
    expect(cacheable({ ...ok, ok: false, status: 404 }, '/_astro/a.css')).toBe(false);
  });
  test('never keeps HTML (a sign-in page) as an image, nor a non-page as a page', () => {
    expect(cacheable({ ...ok, contentType: 'text/html' }, '/_astro/photo.webp')).toBe(false);
    expect(cacheable({ ...ok, contentType: 'image/webp' }, '/theory/a/')).toBe(false);
  });
});

describe('removedPages', () => {
  test('saved pages the build no longer has are dropped; the offline page stays', () => {
    const cached = ['http://h/kb/theory/a/', 'http://h/kb/theory/gone/', 'http://h/kb/offline/'];
    expect(removedPages(cached, ['/kb/theory/a/'], ['/kb/offline/'])).toEqual(['http://h/kb/theory/gone/']);
  });
});
