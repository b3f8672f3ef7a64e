// npm run package — writes a release archive of dist/ and its SHA-256, named with the version
// and the base path the site was built for:
//   release/xuexi-yuandi-0.1.0-kb.tar.gz and release/xuexi-yuandi-0.1.0-kb.tar.gz.sha256
// Options: --dist <dir> (default dist), --out <dir> (default release).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
}

/** `/` → `root`, `/kb/` → `kb`, `/study/kb/` → `study-kb`. */
export function baseSlug(base) {
  const parts = base.split('/').filter(Boolean);
  return parts.length ? parts.join('-').replace(/[^A-Za-z0-9._-]/g, '_') : 'root';
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const dist = resolve(option('dist', 'dist'));
const out = resolve(option('out', 'release'));
const infoFile = join(dist, 'build-info.json');
if (!existsSync(infoFile)) {
  fail(
    `没有找到构建结果 ${infoFile}。请先运行 npm run build（子路径部署：BASE_PATH=/kb/ npm run build）。\nNo build found: run npm run build first.`,
  );
}
// Written by the index step, after `astro build`: without it the build is only half done.
if (!existsSync(join(dist, 'pagefind', 'pages.json'))) {
  fail(
    `${dist} 只完成了构建的第一步（没有搜索索引）。请运行 npm run build，它会依次完成两步。\nOnly the first step of the build ran (no search index yet): run npm run build, which runs both.`,
  );
}
const info = JSON.parse(readFileSync(infoFile, 'utf8'));
const name = `${info.name}-${info.version}-${baseSlug(info.base)}.tar.gz`;
mkdirSync(out, { recursive: true });
const archive = join(out, name);
// Deterministic: sorted names, fixed owner and the build's own time, so equal builds give equal archives.
const mtime = `@${Math.floor(new Date(info.builtAt).getTime() / 1000)}`;
const tar = spawnSync(
  'tar',
  [
    '--sort=name',
    `--mtime=${mtime}`,
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    '--use-compress-program=gzip -n',
    '-cf',
    archive,
    '-C',
    dist,
    '.',
  ],
  {
    stdio: 'inherit',
  },
);
if (tar.status !== 0) fail('tar 打包失败 / tar failed');
const sha = createHash('sha256').update(readFileSync(archive)).digest('hex');
writeFileSync(`${archive}.sha256`, `${sha}  ${basename(archive)}\n`);
console.log(`发布包 / release archive: ${archive}`);
console.log(`SHA-256: ${sha}`);
console.log(`部署路径 / base path: ${info.base}`);
