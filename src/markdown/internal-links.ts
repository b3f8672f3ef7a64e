import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import type { HastPluginDefinition } from 'satteri';
import { classifyLink, withBase } from '../lib/content/links.ts';

export interface InternalLinkOptions {
  /** The site's base path, e.g. `/` or `/kb/`. */
  base: string;
  /** Project root, to turn a document's file URL into `content/...`. */
  root: string;
  /** Route of a content file (`content/theory/a.md` → `/theory/a/`), looked up on demand. */
  routeOfFile: (file: string) => string | undefined;
}

/**
 * Markdown links written as site paths (`/theory/abc/`) or as files (`./abc.md`) get the
 * base path, so the same content works at `/` and under `/kb/`. Images with a root path too.
 * Broken links are reported by the content checker before the build starts.
 */
export function internalLinks(options: InternalLinkOptions): HastPluginDefinition {
  const rewrite = (href: string, fromFile: string): string | undefined => {
    const target = classifyLink(href, fromFile);
    if (target.kind === 'external') return undefined;
    const route = target.kind === 'file' ? options.routeOfFile(target.file) : target.path;
    return route ? withBase(options.base, route) + target.suffix : undefined;
  };
  const fromFileOf = (url: URL | undefined) => (url ? relative(options.root, fileURLToPath(url)).split(sep).join('/') : 'content/index.md');
  return {
    name: 'xxyd-internal-links',
    element: [
      {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.href;
          if (typeof href !== 'string') return;
          const next = rewrite(href, fromFileOf(ctx.fileURL));
          if (next && next !== href) ctx.setProperty(node, 'href', next);
        },
      },
      {
        filter: ['img'],
        visit(node, ctx) {
          const src = node.properties?.src;
          if (typeof src === 'string' && src.startsWith('/') && !src.startsWith('//')) {
            ctx.setProperty(node, 'src', withBase(options.base, src));
          }
        },
      },
    ],
  };
}
