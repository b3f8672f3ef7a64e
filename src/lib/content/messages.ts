import type { IdResult } from './entry-id.ts';
import { formatProblem } from './problem.ts';
import { suggestId } from './suggest-id.ts';

/** The message shown when an entry's id cannot be used in a URL. */
export function idErrorMessage(file: string, result: Extract<IdResult, { ok: false }>): string {
  const suggestion = suggestId(result.found);
  return formatProblem({
    file,
    field: result.reason === 'front-matter' ? 'id' : 'id（文件名 file name）',
    found: JSON.stringify(result.found),
    expected: '小写英文字母、数字和连字符 / lowercase ASCII letters, digits and hyphens',
    fix:
      result.reason === 'front-matter'
        ? `把 id 改为例如 ${suggestion} / change id to e.g. ${suggestion}`
        : `在 front matter 中加一行 id: ${suggestion}，或把文件改名为 ${suggestion}.md / add "id: ${suggestion}" to the front matter, or rename the file`,
  });
}
