import { findOutside, parseAttributes } from './outside.ts';

/** An outside image in an entry, as `npm run localize` sees it. */
export interface OutsideImage {
  url: string;
  /** 1-based line in the file. */
  line: number;
}

/** Every outside image of an entry file (Markdown `![…](https://…)` or `<img src="https://…">`), in order. */
export function outsideImages(text: string): OutsideImage[] {
  const lines = text.split('\n');
  const end = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
  const bodyStart = end + 1;
  return findOutside(lines.slice(bodyStart).join('\n'))
    .filter((f) => f.kind === 'image' && f.url)
    .map((f) => ({ url: f.url!, line: bodyStart + f.line + 1 }));
}

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'image/avif': 'avif',
  'image/gif': 'gif',
  'image/svg+xml': 'svg',
};

/** The file extension for an image's content type, or undefined when it is not an image we keep. */
export function extensionFor(contentType: string | null): string | undefined {
  return EXTENSIONS[(contentType ?? '').split(';')[0]!.trim().toLowerCase()];
}

/**
 * A file name for a downloaded image beside the entry: the entry's name and a number
 * (`zhang-wei-1.jpg`), ASCII only so links copy cleanly, never one of `taken`.
 */
export function localName(entryStem: string, ext: string, taken: ReadonlySet<string>): string {
  const stem = entryStem.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'image';
  for (let n = 1; ; n++) {
    const name = `${stem}-${n}.${ext}`;
    if (!taken.has(name)) return name;
  }
}

const IMG_TAG = /<img\b[^>]*>/gi;

/**
 * The entry text with each downloaded outside image pointing at its local copy. A Markdown image
 * keeps its alt text; an `<img>` tag becomes a Markdown image with the tag's alt text (an
 * empty alt is then reported by the checker, as for any local image).
 */
export function rewriteImages(text: string, local: ReadonlyMap<string, string>): string {
  let next = text;
  for (const [url, name] of local) {
    next = next.split(`](${url})`).join(`](./${name})`).split(`](<${url}>)`).join(`](./${name})`);
    next = next.replace(IMG_TAG, (tag) => {
      const attrs = parseAttributes(tag.slice(4, -1).replace(/\/$/, ''));
      return attrs.src?.trim() === url ? `![${attrs.alt ?? ''}](./${name})` : tag;
    });
  }
  return next;
}
