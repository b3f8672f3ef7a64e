import { mdxToJs } from 'satteri';
import type { ContentProblem } from './problem.ts';

/**
 * Compiles an `.mdx` entry the way the build will, so a compile error is reported by
 * `npm run check:content` with the file, the line and advice, instead of stopping the build
 * with a stack trace that names the route. In `.mdx`, `<` starts a component and `{` starts
 * code; in ordinary prose both must be escaped, or the file saved as `.md`.
 */
export function checkMdx(file: string, text: string): ContentProblem[] {
  try {
    mdxToJs(text);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):(\d+):\s*/.exec(message);
    const english = message.replace(/^(\d+):(\d+):\s*/, '');
    const tag = /closing tag for `(<[^`]*>)`/.exec(english)?.[1];
    const chinese = tag
      ? `${tag} 没有结束标签：.mdx 把 < 当作组件的开始`
      : /parse expression/.test(english)
        ? '花括号 { } 里的文字被当作代码'
        : 'MDX 语法错误';
    return [
      {
        file,
        line: at ? Number(at[1]) : undefined,
        field: '正文 MDX body (.mdx)',
        found: `${chinese}${at ? `（第 ${at[2]} 列）` : ''} / ${english}`,
        expected: '.mdx 中普通文字里的 < 和 { 要转义 / in .mdx, a plain < or { must be escaped',
        fix: '把 < 写成 &lt;，把 { 写成 \\{；不用组件的文章请另存为 .md / write &lt; for < and \\{ for {, or save the file as .md if it uses no components',
      },
    ];
  }
}
