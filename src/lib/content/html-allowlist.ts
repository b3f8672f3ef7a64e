import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';
import { outsideLoad } from './outside.ts';

/**
 * What HTML a Markdown body may contain: GitHub's allowlist (hast-util-sanitize's default), with
 * `id` and `name` kept as written (links to a heading in the same page) and `data:` URLs only for
 * images. No scripts, event handlers, `javascript:` URLs, forms, objects, embeds, frames or styles.
 * The build sanitises with it (src/markdown/sanitize-html.ts); the checker reports what it would
 * remove (`unsafeConstructs`), so an editor hears about it before readers see the page changed.
 */
export const bodyHtmlSchema: Schema = {
  ...defaultSchema,
  // The link cards that stand for outside images and embeds (src/markdown/outside-resources.ts).
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), ['className', 'kb-outside'], 'dataOutside', 'rel'],
    span: [...(defaultSchema.attributes?.span ?? []), ['className', 'kb-outside', 'kb-outside-kind', 'kb-outside-url'], 'dataOutside'],
  },
  clobber: [],
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https', 'data'] },
};

/** One construct the sanitiser removes from a Markdown body, said for an editor. */
export interface UnsafeConstruct {
  /** 1-based line within the HTML passed in. */
  line: number;
  /** What was found, e.g. `<script>`, `onclick 属性`, `javascript: 链接`. */
  found: string;
  /** How to fix it (Chinese, then English). */
  fix: string;
}

const allowedTags = new Set(bodyHtmlSchema.tagNames ?? []);
const strip = new Set(bodyHtmlSchema.strip ?? []);

/** The HTML attribute name of a hast property name: `onClick` → `onclick`, `className` → `class`. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

/** Whether the schema keeps `property` with `value` on `tag`. */
function attributeAllowed(tag: string, property: string, value: unknown): boolean {
  const rules = [...(bodyHtmlSchema.attributes?.[tag] ?? []), ...(bodyHtmlSchema.attributes?.['*'] ?? [])];
  return rules.some((rule) => {
    if (typeof rule === 'string') return rule === property;
    const [name, ...values] = rule;
    if (name !== property) return false;
    if (values.length === 0) return true;
    const items = Array.isArray(value) ? value : [value];
    return items.every((item) => values.some((v) => (v instanceof RegExp ? v.test(String(item)) : v === item)));
  });
}

/** The scheme of an absolute URL (`javascript`), or undefined for a relative one. */
function schemeOf(url: string): string | undefined {
// eslint-disable-next-line no-control-regex -- control characters are what this removes
  const match = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u001F]/g, ''));
  return match?.[1]?.toLowerCase();
}

/** An element's attributes by HTML name, as strings. */
function attributesOf(element: Element): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(element.properties ?? {}).map(([k, v]) => [attributeName(k), Array.isArray(v) ? v.join(' ') : v == null ? undefined : String(v)]));
}

function check(element: Element, problems: UnsafeConstruct[]) {
  const line = element.position?.start.line ?? 1;
  const tag = element.tagName;
  // An outside image, frame or embed becomes a link card before sanitising; the checker's outside
  // rule warns about it (src/lib/content/outside.ts).
  if (outsideLoad(tag, attributesOf(element))) return;
  if (!allowedTags.has(tag)) {
    problems.push({
      line,
      found: `<${tag}>`,
      fix: strip.has(tag) || ['style', 'iframe', 'object', 'embed', 'form', 'frame', 'frameset'].includes(tag)
        ? `删除 <${tag}>：正文里不能有脚本、表单、框架或嵌入对象；需要附件请写进 attachments / remove it; bodies may not hold scripts, forms, frames or embedded objects`
        : `删除 <${tag}> 或改用 Markdown 写法 / remove <${tag}> or use Markdown instead`,
    });
    return;
  }
  for (const [property, value] of Object.entries(element.properties ?? {})) {
    const name = attributeName(property);
    // Inline styles are reported by the style rule of the checker; the sanitiser still removes them.
    if (name === 'style') continue;
    if (!attributeAllowed(tag, property, value)) {
      problems.push({
        line,
        found: `<${tag}> 的 ${name} 属性`,
        fix: name.startsWith('on')
          ? `删除 ${name}：正文里不能有事件处理代码 / remove ${name}: bodies may not hold event handlers`
          : `删除 ${name} 属性 / remove the ${name} attribute`,
      });
      continue;
    }
    const allowed = bodyHtmlSchema.protocols?.[property];
    const scheme = typeof value === 'string' ? schemeOf(value) : undefined;
    if (allowed && scheme && !allowed.includes(scheme)) {
      problems.push({
        line,
        found: `<${tag} ${name}="${scheme}:…">`,
        fix: `改用 https: 链接或站内路径 / use an https: link or a path on the site`,
      });
    }
  }
}

/**
 * What the sanitiser would remove from this HTML (a raw HTML block or tag of a Markdown body):
 * elements outside the allowlist, attributes outside it, URLs with a disallowed scheme.
 */
export function unsafeConstructs(html: string): UnsafeConstruct[] {
  const problems: UnsafeConstruct[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') {
      check(node, problems);
      if (!allowedTags.has(node.tagName)) return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
    if (node.type === 'element' && node.content) visit(node.content);
  };
  visit(fromHtml(html, { fragment: true }));
  return problems;
}
