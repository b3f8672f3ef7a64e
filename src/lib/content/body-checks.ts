import type { IndexedEntry } from './validate.ts';
import type { ContentProblem } from './problem.ts';
import { OUTSIDE_LABELS, findOutside } from './outside.ts';

/**
 * Checks of an entry's body that concern how it reads, not whether it builds: resources on
 * other hosts (shown as link cards, never loaded), inline styles (ignored under the CSP) and
 * a first heading that repeats the title (two 一级标题 on one page).
 */
export function checkBody(entry: IndexedEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const f of findOutside(entry.body)) {
    const line = entry.bodyLine + f.line;
    if (f.what === 'style') {
      problems.push({
        file: entry.file,
        line,
        field: '正文 HTML body HTML',
        found: f.text,
        expected: '不带 style= 的内容（网站的安全策略会忽略行内样式）/ no inline style= (the site’s security policy ignores it)',
        fix: '删掉 style="…"；需要强调时用 **加粗** 或小标题 / remove style="…"; use **bold** or a heading for emphasis',
        severity: 'warning',
      });
      continue;
    }
    const label = OUTSIDE_LABELS[f.kind!];
    const isImage = f.kind === 'image';
    problems.push({
      file: entry.file,
      line,
      field: `正文${label} outside ${f.kind === 'page' ? 'embed' : f.kind}`,
      found: f.text,
      expected: isImage
        ? '与文章放在一起的图片，例如 ![说明](./photo.jpg) / an image file beside the entry'
        : '本站的文件或链接 / a file of this site, or a plain link',
      fix: isImage
        ? `运行 npm run localize -- ${entry.file} 下载图片并改写链接；否则页面上只显示“${label}”链接卡片 / run npm run localize -- ${entry.file} to download it; otherwise the page shows a link card`
        : `页面上只显示“${label}”链接卡片，不会加载；可改写为普通链接 [说明](${f.url}) / the page shows a link card, not the ${f.kind}; write a plain link instead`,
      severity: 'warning',
    });
  }
  const heading = firstHeading(entry);
  if (heading) problems.push(heading);
  return problems;
}

/** A `# 标题` in the body: the page already has the title as its only 一级标题. */
function firstHeading(entry: IndexedEntry): ContentProblem | undefined {
  const lines = entry.body.split('\n');
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (/^\s{0,3}(`{3,}|~{3,})/.test(text)) fence = !fence;
    if (fence) continue;
    const m = /^\s{0,3}#(?!#)\s+(.*?)\s*#*\s*$/.exec(text);
    if (!m) continue;
    const same = m[1]!.trim() === String(entry.data.title ?? '').trim();
    return {
      file: entry.file,
      line: entry.bodyLine + i,
      field: '正文标题 body heading',
      found: JSON.stringify(text.trim()),
      expected: same
        ? '正文不再重复标题（页面已用 title 作一级标题）/ the body does not repeat the title (the page shows it already)'
        : '正文从二级标题 ## 开始（一级标题是 title）/ body headings start at ## (the title is the only #)',
      fix: same ? '删掉这一行 / delete this line' : `改为 ## ${m[1]} / change it to ## ${m[1]}`,
    };
  }
  return undefined;
}
