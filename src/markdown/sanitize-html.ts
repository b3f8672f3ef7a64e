import type { HastPluginDefinition } from 'satteri';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { bodyHtmlSchema, unsafeConstructs } from '../lib/content/html-allowlist.ts';
import { MDX_SITE_ATTRIBUTES } from '../lib/content/body-safety.ts';

export interface SanitizeOptions {
  /** Full MDX for trusted authors (`siteConfig.mdx === 'trusted'`): MDX nodes are left alone. */
  trustMdx: boolean;
}

const ALLOWED_TAGS = new Set(bodyHtmlSchema.tagNames ?? []);

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElement {
  name: string | null;
  attributes: JsxAttribute[];
  children?: unknown[];
  position?: unknown;
}

/** Whether an untrusted MDX element keeps this attribute: a plain value the allowlist keeps. */
function attributeKept(tag: string, attr: JsxAttribute): boolean {
  if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') return false;
  if (MDX_SITE_ATTRIBUTES.has(attr.name!)) return true;
  const html = `<${tag} ${attr.name}${typeof attr.value === 'string' ? `="${attr.value.replace(/"/g, '&quot;')}"` : ''}></${tag}>`;
  return unsafeConstructs(html).length === 0 && !/^on/i.test(attr.name!) && attr.name !== 'style';
}

const hasRaw = (node: Root | RootContent): boolean =>
  node.type === 'raw' || ('children' in node && (node.children as (Root | RootContent)[]).some(hasRaw));

/**
 * Content is data, not code, in `npm run build` and `npm run dev` alike:
 * - Markdown: when a body holds raw HTML, the whole body is parsed as HTML and sanitised with the
 *   allowlist of `html-allowlist.ts` (hast-util-sanitize): no scripts, event handlers,
 *   `javascript:` URLs, forms, objects, embeds. `check:content` reports each removed construct.
 * - MDX, unless trusted: the author's `import`/`export` and `{expressions}` are dropped before they
 *   are compiled, so they never run (`check:content` refuses them with the reason).
 */
export function sanitizeHtml(options: SanitizeOptions): HastPluginDefinition {
  const fromAuthor = (node: { position?: unknown }) => node.position !== undefined;
  const dropUntrusted = (node: { position?: unknown }, ctx: { sourceFormat: string; removeNode: (n: never) => void }) => {
    if (ctx.sourceFormat === 'mdx' && !options.trustMdx && fromAuthor(node)) ctx.removeNode(node as never);
  };
  /** Untrusted MDX: an element outside the allowlist gives way to its children; bad attributes go. */
  const jsxElement = (node: JsxElement, ctx: { sourceFormat: string; replaceNode: (n: never, m: never) => void }) => {
    if (ctx.sourceFormat !== 'mdx' || options.trustMdx || !fromAuthor(node)) return;
    const tag = node.name ?? '';
    if (!ALLOWED_TAGS.has(tag)) {
      ctx.replaceNode(node as never, (node.children ?? []) as never);
      return;
    }
    const attributes = node.attributes.filter((a) => a.type === 'mdxJsxAttribute' && typeof a.name === 'string' && attributeKept(tag, a));
    if (attributes.length !== node.attributes.length) ctx.replaceNode(node as never, { ...node, attributes } as never);
  };
  return {
    name: 'xxyd-sanitize-html',
    options: { position: true },
    mdxjsEsm: (node, ctx) => dropUntrusted(node, ctx),
    mdxFlowExpression: (node, ctx) => dropUntrusted(node, ctx),
    mdxTextExpression: (node, ctx) => dropUntrusted(node, ctx),
    mdxJsxFlowElement: { filter: [], visit: (node, ctx) => jsxElement(node, ctx) },
    mdxJsxTextElement: { filter: [], visit: (node, ctx) => jsxElement(node, ctx) },
    after(root, ctx) {
      if (ctx.sourceFormat !== 'markdown' || !hasRaw(root as Root)) return;
      const html = toHtml(root as Root, { allowDangerousHtml: true });
      const clean = sanitize(fromHtml(html, { fragment: true }), bodyHtmlSchema) as Root;
      ctx.replaceNode(root, clean as never);
    },
  };
}
