/**
 * Resources on other hosts. The site promises that a page never makes the browser fetch
 * anything from another host (the intranet may have no way out, and readers' visits stay
 * private). This module decides which tags and attributes would make such a request; the
 * Markdown pipeline (src/markdown/outside-resources.ts) turns those into plain link cards
 * and the content checker (validate.ts) tells the editor, line by line.
 */

/** What the editor meant to show, in the words of the link card. */
export type OutsideKind = 'image' | 'video' | 'audio' | 'page' | 'file';

/** The label a link card starts with (外部图片：…). */
export const OUTSIDE_LABELS: Record<OutsideKind, string> = {
  image: '外部图片',
  video: '外部视频',
  audio: '外部音频',
  page: '外部网页',
  file: '外部文件',
};

/** Whether a URL, as written in an attribute, points at another host (`https://…`, `//host/…`). */
export function isOutsideUrl(url: string): boolean {
  const u = url.trim().toLowerCase();
  return u.startsWith('//') || /^https?:/.test(u) || /^(ftp|ws|wss):/.test(u);
}

/** The first outside URL of a `srcset` (`a.png 1x, https://x/b.png 2x`). */
function outsideInSrcset(srcset: string): string | undefined {
  return srcset
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .find(isOutsideUrl);
}

/** Link relations whose `<link href>` the browser fetches. */
const LOADING_RELS = /\b(stylesheet|icon|preload|prefetch|modulepreload|manifest|apple-touch-icon|import)\b/i;

const KIND_OF_TAG: Record<string, OutsideKind> = {
  img: 'image',
  image: 'image',
  picture: 'image',
  input: 'image',
  video: 'video',
  audio: 'audio',
  iframe: 'page',
  frame: 'page',
  embed: 'page',
  object: 'page',
  portal: 'page',
  source: 'file',
  track: 'file',
  script: 'file',
  link: 'file',
  use: 'image',
};

/** Tags that can load something by themselves, lower case. */
export const LOADING_TAGS = Object.keys(KIND_OF_TAG);

/**
 * The outside URL an element would load, or undefined when it loads nothing from another
 * host. `attrs` are the element's attributes by lower-case name, as strings.
 */
export function outsideLoad(tag: string, attrs: Record<string, string | undefined>): { kind: OutsideKind; url: string } | undefined {
  const name = tag.toLowerCase();
  const kind = KIND_OF_TAG[name];
  if (!kind) return undefined;
  const candidates: (string | undefined)[] = [];
  if (name === 'link') {
    if (LOADING_RELS.test(attrs.rel ?? '')) candidates.push(attrs.href);
  } else if (name === 'image' || name === 'use') {
    candidates.push(attrs.href, attrs['xlink:href']);
  } else if (name === 'object') {
    candidates.push(attrs.data);
  } else {
    candidates.push(attrs.src, attrs.poster, attrs.srcset === undefined ? undefined : outsideInSrcset(attrs.srcset));
  }
  const url = candidates.find((c) => c !== undefined && isOutsideUrl(c));
  return url === undefined ? undefined : { kind, url: url.trim() };
}

/** Whether an inline style would load something (`url(https://…)`); such a style is dropped. */
export function styleLoadsOutside(style: string): boolean {
  return /url\(\s*['"]?\s*(https?:|\/\/)/i.test(style) || /@import/i.test(style);
}

/** A found outside resource or inline style in a Markdown body, for the content checker. */
export interface OutsideFinding {
  /** 0-based line within the text scanned. */
  line: number;
  what: 'markdown-image' | 'tag' | 'style';
  tag?: string;
  kind?: OutsideKind;
  url?: string;
  /** The text as written, shortened. */
  text: string;
}

const MD_IMAGE = /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Attributes of an HTML start tag as written (`src="…" alt=x`), by lower-case name. */
export function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) attrs[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return attrs;
}

function shorten(text: string): string {
  return text.length > 90 ? `${text.slice(0, 87)}...` : text;
}

/**
 * Every outside image, embed or inline style in a Markdown body, with its line. Code blocks and
 * inline code are skipped: there the text is shown, not loaded.
 */
export function findOutside(body: string): OutsideFinding[] {
  const findings: OutsideFinding[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, line) => {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      return;
    }
    if (fenceMark) {
      fence = fenceMark;
      return;
    }
    if (/^( {4}|\t)/.test(raw)) return;
    const text = raw.replace(/`[^`]*`/g, (m) => ' '.repeat(m.length));
    if (text.includes('](')) {
      for (const m of text.matchAll(MD_IMAGE)) {
        if (isOutsideUrl(m[2]!)) findings.push({ line, what: 'markdown-image', kind: 'image', url: m[2]!, text: shorten(m[0]) });
      }
    }
    if (!text.includes('<')) return;
    for (const m of text.matchAll(HTML_TAG)) {
      const attrs = parseAttributes(m[2] ?? '');
      const load = outsideLoad(m[1]!, attrs);
      if (load) findings.push({ line, what: 'tag', tag: m[1]!.toLowerCase(), kind: load.kind, url: load.url, text: shorten(m[0]) });
      if (attrs.style !== undefined) findings.push({ line, what: 'style', tag: m[1]!.toLowerCase(), text: shorten(m[0]) });
    }
  });
  return findings;
}
