import { collectionNames } from '../../site.config.ts';

/** Pages that exist whatever the content: the home page, the collections' lists, tags, search, 我的学习 and the ledger. */
export const STATIC_ROUTES: readonly string[] = ['/', ...collectionNames.map((c) => `/${c}/`), '/tags/', '/search/', '/progress/', '/notes/', '/ledger/'];

export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'route'; path: string; suffix: string }
  | { kind: 'file'; file: string; suffix: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Classifies a link written in Markdown. `/theory/abc/` is a site route; `./abc.md` or
 * `../training/x.md` is another content file (resolved against `fromFile`); anything with a
 * scheme, `//host`, or a bare `#anchor` is left alone.
 */
export function classifyLink(href: string, fromFile: string): LinkTarget {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//') || SCHEME.test(trimmed)) {
    return { kind: 'external' };
  }
  const cut = trimmed.search(/[?#]/);
  const path = cut === -1 ? trimmed : trimmed.slice(0, cut);
  const suffix = cut === -1 ? '' : trimmed.slice(cut);
  if (path.startsWith('/')) {
    return { kind: 'route', path: normaliseRoute(path), suffix };
  }
  const dir = fromFile.split('/').slice(0, -1);
  for (const part of path.split('/')) {
    if (part === '..') dir.pop();
    else if (part !== '.' && part !== '') dir.push(part);
  }
  const file = dir.join('/');
  if (/\.mdx?$/i.test(file)) return { kind: 'file', file, suffix };
  return { kind: 'route', path: normaliseRoute(`/${file.replace(/^content\//, '')}`), suffix };
}

/** `/theory/abc` and `/theory/abc/index.html` both become `/theory/abc/`; files keep their name. */
export function normaliseRoute(path: string): string {
  let p = path.replace(/\/index\.html$/, '/');
  const last = p.split('/').pop() ?? '';
  if (!p.endsWith('/') && !last.includes('.')) p += '/';
  return p.replace(/\/{2,}/g, '/');
}

/** Joins the site's base path and a root-relative route: (`/kb/`, `/theory/a/`) → `/kb/theory/a/`. */
export function withBase(base: string, route: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + route.replace(/^\//, '');
}
