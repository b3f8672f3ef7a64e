import { markdownToMdast, mdxToMdast } from 'satteri';
import { type BodyNode, walkBody } from './body-tree.ts';

/** A link or an image in an entry's body, as the page will have it, with the body line it is on. */
export interface BodyReference {
  kind: 'link' | 'image';
  /** The address as written (`/theory/a/`, `./photo.jpg`, `https://…`). */
  href: string;
  /** An image's description (alt text); empty when it has none. */
  alt: string;
  /** Line in the body, from 1. */
  line: number;
}

/** `<a href>` and `<img src alt>` written as raw HTML in Markdown. */
const RAW_TAG = /<(a|img)\b([^>]*)>/gi;
const attribute = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs)?.slice(1).find((v) => v !== undefined);

/**
 * Every link and image of a body, read by the Markdown (or MDX) parser that renders the pages:
 * inline and reference links and images, autolinks, `<a href>` and `<img src>` in raw HTML and in
 * MDX. Code blocks and inline code hold none. A `.mdx` body that does not compile has none here
 * (its compile error is reported on its own, mdx-check.ts).
 */
export function bodyReferences(file: string, body: string): BodyReference[] {
  let tree: BodyNode;
  try {
    tree = (file.endsWith('.mdx') ? mdxToMdast(body) : markdownToMdast(body)) as BodyNode;
  } catch {
    return [];
  }
  const definitions = new Map<string, BodyNode>();
  walkBody(tree, (n) => {
    if (n.type === 'definition' && n.identifier) definitions.set(n.identifier, n);
  });
  const usedAsImage = new Set<string>();
  const out: BodyReference[] = [];
  const line = (n: BodyNode) => n.position?.start.line ?? 1;
  walkBody(tree, (n) => {
    if (n.type === 'link' && n.url !== undefined) out.push({ kind: 'link', href: n.url, alt: '', line: line(n) });
    else if (n.type === 'image' && n.url !== undefined) out.push({ kind: 'image', href: n.url, alt: n.alt ?? '', line: line(n) });
    else if (n.type === 'imageReference' && n.identifier) {
      const target = definitions.get(n.identifier);
      if (target?.url !== undefined) {
        usedAsImage.add(n.identifier);
        out.push({ kind: 'image', href: target.url, alt: n.alt ?? '', line: line(n) });
      }
    } else if (n.type === 'html' && typeof n.value === 'string') {
      for (const m of n.value.matchAll(RAW_TAG)) {
        const image = m[1]!.toLowerCase() === 'img';
        const href = attribute(m[2]!, image ? 'src' : 'href');
        if (href !== undefined) out.push({ kind: image ? 'image' : 'link', href, alt: image ? (attribute(m[2]!, 'alt') ?? '') : '', line: line(n) + (n.value.slice(0, m.index).match(/\n/g)?.length ?? 0) });
      }
    } else if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (n.name === 'a' || n.name === 'img')) {
      const attrs = Object.fromEntries((n.attributes ?? []).flatMap((a) => (a.name && typeof a.value === 'string' ? [[a.name, a.value]] : [])));
      const href = n.name === 'a' ? attrs.href : attrs.src;
      if (href !== undefined) out.push({ kind: n.name === 'a' ? 'link' : 'image', href, alt: attrs.alt ?? '', line: line(n) });
    }
  });
  // Definitions used by links, or by nothing, are links (a definition of an image is checked as its image).
  for (const [id, d] of definitions) if (!usedAsImage.has(id) && d.url !== undefined) out.push({ kind: 'link', href: d.url, alt: '', line: line(d) });
  return out.sort((a, b) => a.line - b.line);
}
