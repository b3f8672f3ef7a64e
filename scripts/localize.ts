/**
 * npm run localize -- <entry file>… — downloads each image that an entry loads from another
 * host, saves it beside the entry (`<name>-1.jpg`) and rewrites the link, so the page shows the
 * picture without any request to another host. Videos and embedded pages stay link cards.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extensionFor, localName, outsideImages, rewriteImages } from '../src/lib/content/localize.ts';
import { normaliseText } from '../src/lib/content/front-matter.ts';

const MAX_BYTES = 20 * 1024 * 1024;

async function download(url: string): Promise<{ bytes: Uint8Array; ext: string } | { error: string }> {
  const href = url.startsWith('//') ? `https:${url}` : url;
  try {
    const res = await fetch(href, { signal: AbortSignal.timeout(30_000), redirect: 'follow' });
    if (!res.ok) return { error: `HTTP ${res.status}` };
    const ext = extensionFor(res.headers.get('content-type'));
    if (!ext) return { error: `不是图片 not an image (${res.headers.get('content-type') ?? '?'})` };
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.byteLength > MAX_BYTES) return { error: '文件超过 20 MB / larger than 20 MB' };
    return { bytes, ext };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export async function localize(root: string, files: string[]): Promise<{ lines: string[]; failed: number }> {
  const lines: string[] = [];
  let failed = 0;
  for (const file of files) {
    const full = join(root, file);
    if (!existsSync(full)) {
      lines.push(`✖ ${file}: 文件不存在 / no such file`);
      failed++;
      continue;
    }
    const text = normaliseText(readFileSync(full, 'utf8'));
    const images = outsideImages(text);
    if (images.length === 0) {
      lines.push(`✔ ${file}: 没有外部图片 / no outside images`);
      continue;
    }
    const dir = dirname(full);
    const taken = new Set(readdirSync(dir));
    const local = new Map<string, string>();
    for (const image of images) {
      if (local.has(image.url)) continue;
      const got = await download(image.url);
      if ('error' in got) {
        lines.push(
          `✖ ${file}:${image.line} ${image.url}\n  下载失败 download failed: ${got.error}（页面上仍显示为链接卡片 / it stays a link card）`,
        );
        failed++;
        continue;
      }
      const name = localName(basename(file).replace(/\.mdx?$/i, ''), got.ext, taken);
      writeFileSync(join(dir, name), got.bytes);
      taken.add(name);
      local.set(image.url, name);
      lines.push(`✔ ${file}:${image.line} ${image.url}\n  → ${join(dirname(file), name)}`);
    }
    if (local.size) writeFileSync(full, rewriteImages(text, local));
  }
  lines.push(
    '下一步 next: 运行 npm run check:content，给没有说明文字的图片补上 alt / run npm run check:content and add alt text where it is missing',
  );
  return { lines, failed };
}

if (import.meta.main) {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    console.error('用法 usage: npm run localize -- content/theory/文件名.md');
    process.exitCode = 1;
  } else {
    const { lines, failed } = await localize(process.cwd(), files);
    console.log(lines.join('\n'));
    process.exitCode = failed ? 1 : 0;
  }
}
