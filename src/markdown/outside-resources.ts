import type { HastPluginDefinition, HastNode } from 'satteri';
import type { Element } from 'hast';
import { LOADING_TAGS, OUTSIDE_LABELS, type OutsideKind, outsideLoad, parseAttributes, styleLoadsOutside } from '../lib/content/outside.ts';

/**
 * Nothing in an entry's body may make the browser load from another host, whatever serves
 * the site (the Content-Security-Policy of deploy/nginx.conf is a second line, not the first).
 * An outside image, video, audio or embedded page becomes a plain link card instead —
 * 外部图片：说明 地址 — which the reader may follow; an outside script, stylesheet or media
 * source is dropped. The content checker reports each one to the editor with its line, and
 * how to bring the file into the site (content/README.md, 外部图片和视频).
 */
export function outsideResources(): HastPluginDefinition {
  return {
    name: 'xxyd-outside-resources',
    element: [
      {
        filter: LOADING_TAGS,
        visit(node, ctx) {
          const attrs = attributesOf(node);
          const load = outsideLoad(node.tagName, attrs);
          if (!load) return;
          if (!SHOWN.has(node.tagName)) return ctx.removeNode(node);
          ctx.replaceNode(node, card(load.kind, load.url, labelOf(attrs, ctx.textContent(node))));
        },
      },
      {
        filter: ['*'],
        visit(node, ctx) {
          const style = node.properties?.style;
          if (typeof style === 'string' && styleLoadsOutside(style)) ctx.setProperty(node, 'style', undefined);
        },
      },
    ],
    mdxJsxFlowElement: { filter: LOADING_TAGS, visit: (node, ctx) => visitJsx(node, ctx) },
    mdxJsxTextElement: { filter: LOADING_TAGS, visit: (node, ctx) => visitJsx(node, ctx) },
    raw(node, ctx) {
      if (!node.value.includes('<')) return;
      const next = rewriteHtml(node.value);
      if (next !== node.value) ctx.replaceNode(node, { type: 'raw', value: next });
    },
  };
}

/** Tags that become a link card; the others (script, stylesheet, media sources) are dropped. */
const SHOWN = new Set(['img', 'image', 'picture', 'input', 'video', 'audio', 'iframe', 'frame', 'embed', 'object', 'portal']);

type JsxNode = { name: string | null; attributes: { type: string; name?: string; value?: unknown }[] };

function visitJsx(node: JsxNode, ctx: { removeNode(n: never): void; replaceNode(n: never, c: HastNode): void }) {
  if (!node.name) return;
  const attrs: Record<string, string> = {};
  for (const a of node.attributes) {
    if (a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string') attrs[a.name.toLowerCase()] = a.value;
  }
  const load = outsideLoad(node.name, attrs);
  if (!load) return;
  if (!SHOWN.has(node.name.toLowerCase())) return ctx.removeNode(node as never);
  ctx.replaceNode(node as never, card(load.kind, load.url, labelOf(attrs, '')));
}

function attributesOf(node: Element): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.properties ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    const name = key === 'srcSet' ? 'srcset' : key === 'xLinkHref' ? 'xlink:href' : key.toLowerCase();
    attrs[name] = Array.isArray(value) ? value.join(' ') : String(value);
  }
  return attrs;
}

function labelOf(attrs: Record<string, string | undefined>, text: string): string {
  return (attrs.alt || attrs.title || attrs['aria-label'] || text || '').trim() || '（未写说明）';
}

/** `外部图片：说明 地址` as a link; only web addresses become links. */
function card(kind: OutsideKind, url: string, label: string): Element {
  const linkable = /^(https?:)?\/\//i.test(url);
  return {
    type: 'element',
    tagName: linkable ? 'a' : 'span',
    properties: {
      className: ['kb-outside'],
      ...(linkable ? { href: url, rel: ['noopener', 'noreferrer', 'external'] } : {}),
      dataOutside: kind,
    },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['kb-outside-kind'] },
        children: [{ type: 'text', value: `${OUTSIDE_LABELS[kind]}：` }],
      },
      { type: 'text', value: `${label} ` },
      { type: 'element', tagName: 'span', properties: { className: ['kb-outside-url'] }, children: [{ type: 'text', value: url }] },
    ],
  };
}

const START_TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The same for raw HTML written in a Markdown file: each loading start tag is rewritten in place. */
export function rewriteHtml(html: string): string {
  const replaced: string[] = [];
  const out = html.replace(START_TAG, (tag, name: string, rest: string) => {
    const attrs = parseAttributes(rest ?? '');
    const load = outsideLoad(name, attrs);
    if (!load) {
      if (attrs.style !== undefined && styleLoadsOutside(attrs.style)) return tag.replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '');
      return tag;
    }
    replaced.push(name.toLowerCase());
    if (!SHOWN.has(name.toLowerCase())) return '';
    const linkable = /^(https?:)?\/\//i.test(load.url);
    const open = linkable
      ? `<a class="kb-outside" href="${escapeHtml(load.url)}" rel="noopener noreferrer external" data-outside="${load.kind}">`
      : `<span class="kb-outside" data-outside="${load.kind}">`;
    return `${open}<span class="kb-outside-kind">${OUTSIDE_LABELS[load.kind]}：</span>${escapeHtml(labelOf(attrs, ''))} <span class="kb-outside-url">${escapeHtml(load.url)}</span>${linkable ? '</a>' : '</span>'}`;
  });
  // The end tag of each replaced element goes too (the card is already closed).
  return replaced.reduce((text, name) => text.replace(new RegExp(`</${name}\\s*>`, 'i'), ''), out);
}
