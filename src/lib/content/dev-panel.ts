import type { CollectionName } from '../../site.config.ts';
import { fileStem } from './entry-id.ts';
import { CONTENT_BASES } from './paths.ts';
import { type ContentProblem, errorsOf } from './problem.ts';

/** Where the preview's own files live (the panel's stylesheet and its reload script). */
export const PANEL_PREFIX = '/__xxyd/';

/** The page a content file would become, e.g. `content/theory/a.md` → `/theory/a/`. */
function routeOf(file: string, idOf: ReadonlyMap<string, string>): string | undefined {
  const collection = (Object.keys(CONTENT_BASES) as CollectionName[]).find((c) => file.startsWith(`${CONTENT_BASES[c]}/`));
  if (!collection) return undefined;
  return `/${collection}/${idOf.get(file) ?? fileStem(file)}/`;
}

/**
 * The pages of `npm run dev` that show the problem panel instead of the page: each content file
 * with an error (warnings leave the page as it is), by its route. `entries` give the id of each
 * file that has one; a file whose id cannot be read is found by its file name.
 */
export function pagesWithProblems(
  problems: readonly ContentProblem[],
  entries: readonly { file: string; id: string }[],
): Map<string, { file: string; problems: ContentProblem[] }> {
  const idOf = new Map(entries.map((e) => [e.file, e.id]));
  const pages = new Map<string, { file: string; problems: ContentProblem[] }>();
  for (const p of errorsOf(problems)) {
    const route = routeOf(p.file, idOf);
    if (!route) continue;
    const page = pages.get(route) ?? { file: p.file, problems: [] };
    page.problems.push(p);
    pages.set(route, page);
  }
  return pages;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A missing image's problem: its field names an image and what was expected is an image file. */
function isMissingImage(p: ContentProblem): boolean {
  return /portrait\.src|正文图片/.test(p.field) && /存在的图片文件/.test(p.expected);
}

/**
 * The panel shown in place of a page whose file has problems: what `npm run check:content`
 * says, in Chinese first, and a placeholder where a missing image would be. It reloads by
 * itself once the file is fixed (panel.js asks the dev server every second).
 */
export function renderPanel(route: string, base: string, file: string, problems: readonly ContentProblem[]): string {
  const prefix = `${base.replace(/\/$/, '')}${PANEL_PREFIX}`;
  const items = problems
    .map((p) => {
      const placeholder = isMissingImage(p)
        ? `<div class="image-placeholder" role="img" aria-label="图片缺失：${escapeHtml(p.found)}">图片缺失 ${escapeHtml(p.found)}</div>`
        : '';
      const where = p.line ? `${p.file}:${p.line}` : p.file;
      const rows = [
        ['字段 field', p.field],
        ['发现 found', p.found],
        ['应为 expected', p.expected],
        ['修改 fix', p.fix],
      ]
        .map(([term, text]) => `<dt>${term}</dt><dd>${escapeHtml(text!)}</dd>`)
        .join('');
      return `<li><p class="where"><code>${escapeHtml(where)}</code></p><dl>${rows}</dl>${placeholder}</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容有问题：${escapeHtml(file)} · 本地预览</title>
<link rel="stylesheet" href="${prefix}panel.css">
<script type="module" src="${prefix}panel.js"></script>
</head>
<body data-route="${escapeHtml(route)}" data-status="${prefix}status">
<main role="alert" aria-labelledby="panel-title">
<h1 id="panel-title">这一页的内容有 ${problems.length} 个问题</h1>
<p>文件 <code>${escapeHtml(file)}</code> 需要修改后才能显示。按下面的提示改好并保存，本页会自动刷新；其他页面照常预览。</p>
<p lang="en">This page’s file has ${problems.length} problem(s). Fix and save it: the page reloads by itself.</p>
<ol>
${items}
</ol>
<p><a href="${escapeHtml(base)}">返回首页 / home</a></p>
</main>
</body>
</html>
`;
}

/** The panel's stylesheet: readable in light and dark, on a phone too. */
export const PANEL_CSS = `
:root { color-scheme: light dark; font-family: system-ui, "Noto Sans CJK SC", sans-serif; }
body { margin: 0; padding: 1rem; background: Canvas; color: CanvasText; }
main { max-width: 60rem; margin: 0 auto; border: 3px solid #b42318; border-radius: .5rem; padding: 1rem 1.25rem; }
h1 { color: #b42318; font-size: 1.4rem; margin-top: 0; }
@media (prefers-color-scheme: dark) { main { border-color: #f97066; } h1 { color: #f97066; } }
ol { padding-left: 1.25rem; }
li { margin-block: 1rem; }
.where { margin: 0 0 .25rem; font-weight: 600; overflow-wrap: anywhere; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem .75rem; margin: 0; line-height: 1.6; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 40rem) { dl { grid-template-columns: 1fr; } dd { margin-bottom: .35rem; } }
.image-placeholder { margin-top: .5rem; display: grid; place-items: center; min-height: 8rem; max-width: 20rem; border: 2px dashed currentColor; border-radius: .5rem; opacity: .8; }
a { color: LinkText; }
`;

/** The panel's script: asks whether the page still has problems, and reloads once it has none. */
export const PANEL_JS = `
const url = document.body.dataset.status + '?route=' + encodeURIComponent(document.body.dataset.route);
setInterval(async () => {
  try {
    const res = await fetch(url, { cache: 'no-store' });
    if ((await res.json()).ok) location.reload();
  } catch {}
}, 1000);
`;
