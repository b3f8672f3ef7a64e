/**
 * What one built page costs a reader, read from `dist/` alone: its HTML, the CSS it links or
 * inlines, and the JavaScript it runs on load (script tags and their static imports; dynamic
 * `import()` is on demand and left out). Sizes raw and gzipped (level 6, as web servers use).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Site paths of the CSS and JS files counted. */
  files: string[];
}

export function bytesOf(data: Buffer | string): Bytes {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  return { raw: buf.length, gzip: gzipSync(buf, { level: 6 }).length };
}

export function addBytes(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

const ZERO: Bytes = { raw: 0, gzip: 0 };

/** Total size of the files under `dir`, and how many of them are HTML pages. */
export function distStats(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const st = statSync(join(dir, name));
    if (!st.isFile()) continue;
    bytes += st.size;
    files += 1;
    if (name.endsWith('.html')) pages += 1;
  }
  return { bytes, files, pages };
}

const attr = (tag: string, name: string) =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);

/** Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`, `export * from`). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

/** Weighs the page at site path `pagePath` (e.g. `/theory/a/`) of the site built in `dist` at `base`. */
export function pageWeight(dist: string, pagePath: string, base = '/'): PageWeight {
  const toFile = (sitePath: string) => join(dist, sitePath.slice(base.length - 1).replace(/\/$/, '/index.html'));
  const htmlText = readFileSync(toFile(pagePath), 'utf8');
  let css = ZERO;
  let js = ZERO;
  const files: string[] = [];
  const resolveUrl = (url: string, from: string) => (url.startsWith('/') ? url : posix.join(posix.dirname(from), url));

  for (const m of htmlText.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\srel=["']?stylesheet/i.test(m[0])) continue;
    const href = attr(m[0], 'href');
    if (!href || /^https?:/.test(href)) continue;
    const path = resolveUrl(href, pagePath);
    files.push(path);
    css = addBytes(css, bytesOf(readFileSync(toFile(path))));
  }
  for (const m of htmlText.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css = addBytes(css, bytesOf(m[1]!));

  const seen = new Set<string>();
  const addModule = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const file = toFile(path);
    if (!existsSync(file)) return;
    const code = readFileSync(file);
    files.push(path);
    js = addBytes(js, bytesOf(code));
    for (const spec of staticImports(code.toString('utf8'))) if (/^\.{0,2}\//.test(spec)) addModule(resolveUrl(spec, path));
  };
  for (const m of htmlText.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script${m[1]}>`;
    const type = attr(tag, 'type');
    if (type && !/module|javascript/i.test(type)) continue; // JSON data, not code
    const src = attr(tag, 'src');
    if (src) {
      if (!/^https?:/.test(src)) addModule(resolveUrl(src, pagePath));
    } else {
      js = addBytes(js, bytesOf(m[2]!));
      if (type === 'module') for (const spec of staticImports(m[2]!)) if (/^\.{0,2}\//.test(spec)) addModule(resolveUrl(spec, pagePath));
    }
  }
  return { html: bytesOf(htmlText), css, js, files };
}
