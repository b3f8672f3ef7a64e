import type { IdResult } from './entry-id.ts';
import { type ContentProblem, formatProblem } from './problem.ts';
import { suggestId } from './suggest-id.ts';

/** The problem with an entry whose id cannot be used in a URL, with a pinyin suggestion. */
export function idProblem(file: string, result: Extract<IdResult, { ok: false }>, line?: number): ContentProblem {
  const suggestion = suggestId(result.found);
  return {
    file,
    line,
    field: result.reason === 'front-matter' ? 'id' : 'id（文件名 file name）',
    found: JSON.stringify(result.found),
    expected: '小写英文字母、数字和连字符 / lowercase ASCII letters, digits and hyphens',
    fix:
      result.reason === 'front-matter'
        ? `把 id 改为例如 ${suggestion} / change id to e.g. ${suggestion}`
        : `在 front matter 中加一行 id: ${suggestion}，或把文件改名为 ${suggestion}.md / add "id: ${suggestion}" to the front matter, or rename the file`,
  };
}

/** The same, as the text Astro shows when it meets such a file (dev server). */
export function idErrorMessage(file: string, result: Extract<IdResult, { ok: false }>): string {
  return formatProblem(idProblem(file, result));
}
