import { markdownToMdast, mdxToMdast } from 'satteri';
import { type BodyNode, walkBody } from './body-tree.ts';
import { bodyHtmlSchema, unsafeConstructs } from './html-allowlist.ts';
import { outsideLoad } from './outside.ts';
import type { ContentProblem } from './problem.ts';

/** Attributes MDX entries may put on an element besides the HTML allowlist: what the site provides. */
export const MDX_SITE_ATTRIBUTES: ReadonlySet<string> = new Set(['data-pagefind-ignore']);

const HTML_FIELD = '正文 HTML body HTML';
const MDX_FIELD = '正文 MDX body MDX';
const TRUST_FIX = '若作者都可信，可在 src/site.config.ts 设 mdx: "trusted"（见 README 部署） / if every author is trusted, set mdx: "trusted" in src/site.config.ts (see README 部署)';

/** Whether an MDX JSX element's attribute is one the site lets untrusted authors use. */
function attributeProblem(tag: string, attr: { type: string; name?: string; value?: unknown }): string | undefined {
  if (attr.type !== 'mdxJsxAttribute' || !attr.name) return '{...展开属性}';
  if (attr.value !== null && typeof attr.value === 'object') return `${attr.name}={…}`;
  if (MDX_SITE_ATTRIBUTES.has(attr.name)) return undefined;
  const html = `<${tag} ${attr.name}${typeof attr.value === 'string' ? `="${attr.value.replace(/"/g, '&quot;')}"` : ''}></${tag}>`;
  return unsafeConstructs(html).length ? attr.name : undefined;
}

/**
 * What a body may not hold, reported with file and line: in Markdown, raw HTML the sanitiser
 * would remove (`html-allowlist.ts`); in MDX, unless `trustMdx`, any `import`/`export`, any
 * `{expression}`, components the site does not provide and attributes outside the allowlist.
 * `bodyLine` is the file line of the body's first line.
 */
export function checkBodySafety(file: string, body: string, bodyLine: number, trustMdx: boolean): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (node: BodyNode, offset = 0) => bodyLine + (node.position?.start.line ?? 1) - 1 + offset;
  if (!file.endsWith('.mdx')) {
    walkBody(markdownToMdast(body) as BodyNode, (node) => {
      if (node.type !== 'html' || typeof node.value !== 'string') return;
      for (const p of unsafeConstructs(node.value)) {
        problems.push({ file, line: at(node, p.line - 1), field: HTML_FIELD, found: p.found, expected: '只含允许的 HTML（见 content/README.md） / only allowed HTML', fix: `${p.fix}；构建时会自动删除 / the build removes it` });
      }
    });
    return problems;
  }
  if (trustMdx) return problems;
  let tree: BodyNode;
  try {
    tree = mdxToMdast(body) as BodyNode;
  } catch {
    // A body that does not compile is reported by the .mdx compile check (mdx-check.ts), with its line and the escape.
    return problems;
  }
  const allowedTags = new Set(bodyHtmlSchema.tagNames ?? []);
  walkBody(tree, (node) => {
    if (node.type === 'mdxjsEsm') {
      const found = String(node.value ?? '').split('\n')[0]!.slice(0, 80);
      problems.push({ file, line: at(node), field: MDX_FIELD, found, expected: '不含 import / export 的 MDX / MDX without import or export', fix: `删除这一行：MDX 条目只能用站点提供的写法 / remove it: MDX entries may use only what the site provides；${TRUST_FIX}` });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({ file, line: at(node), field: MDX_FIELD, found: `{${String(node.value ?? '').slice(0, 60)}}`, expected: '不含 {表达式} 的 MDX / MDX without {expressions}', fix: `删除花括号中的代码；要显示花括号请写 \\{ / remove the code in braces; write \\{ for a literal brace；${TRUST_FIX}` });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const tag = node.name ?? '';
      // An outside image, frame or embed becomes a link card; the checker's outside rule warns about it.
      const attrs = Object.fromEntries((node.attributes ?? []).flatMap((a) => (a.name && typeof a.value === 'string' ? [[a.name.toLowerCase(), a.value]] : [])));
      if (outsideLoad(tag, attrs)) return;
      if (!allowedTags.has(tag)) {
        problems.push({ file, line: at(node), field: MDX_FIELD, found: `<${tag || '>'}${tag ? '>' : ''}`, expected: '允许的 HTML 元素，如 <div data-pagefind-ignore> / an allowed HTML element', fix: `删除 <${tag}> 或改用 Markdown 写法 / remove it or use Markdown；${TRUST_FIX}` });
        return;
      }
      for (const attr of node.attributes ?? []) {
        const bad = attributeProblem(tag, attr);
        if (bad) problems.push({ file, line: at(node), field: MDX_FIELD, found: `<${tag}> 的 ${bad}`, expected: '允许的属性，如 data-pagefind-ignore / an allowed attribute', fix: `删除 ${bad} / remove it；${TRUST_FIX}` });
      }
    }
  });
  return problems;
}
