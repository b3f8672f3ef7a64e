/** One thing wrong with a content file, said so an editor can fix it. */
export interface ContentProblem {
  /** Path from the project root, e.g. `content/theory/abc.md`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The front-matter field, e.g. `format` or `items[2].theory`; `(文件)` for the whole file. */
  field: string;
  /** What was found, as the editor wrote it. */
  found: string;
  /** What is expected, Chinese then English. */
  expected: string;
  /** How to fix it, Chinese then English. */
  fix: string;
}

/** Formats one problem as a short block: location, field, found, expected, fix. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return [
    `✖ ${where}`,
    `  字段 field:    ${p.field}`,
    `  发现 found:    ${p.found}`,
    `  应为 expected: ${p.expected}`,
    `  修改 fix:      ${p.fix}`,
  ].join('\n');
}

/** Formats a whole report, with a count line in both languages. */
export function formatReport(problems: ContentProblem[]): string {
  if (problems.length === 0) return '✔ 内容检查通过 / content check passed';
  const head = `内容检查发现 ${problems.length} 个问题 / content check found ${problems.length} problem(s):`;
  return [head, '', ...problems.map(formatProblem)].join('\n\n').replace('\n\n\n\n', '\n\n');
}

/** Shows a value the way an editor would recognise it. */
export function showValue(value: unknown): string {
  if (value === undefined) return '（缺失）missing';
  if (value === null) return '（空）empty';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}
