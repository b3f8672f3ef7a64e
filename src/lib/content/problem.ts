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
  /**
   * A warning does not stop the build: the page is still correct, only not what the editor
   * meant (an outside image shown as a link card, an inline style the CSP ignores).
   */
  severity?: 'warning';
}

/** The problems that stop a build (everything but warnings). */
export function errorsOf(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.filter((p) => p.severity !== 'warning');
}

/** Formats one problem as a short block: location, field, found, expected, fix. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return [
    `${p.severity === 'warning' ? '⚠' : '✖'} ${where}`,
    `  字段 field:    ${p.field}`,
    `  发现 found:    ${p.found}`,
    `  应为 expected: ${p.expected}`,
    `  修改 fix:      ${p.fix}`,
  ].join('\n');
}

/** Formats a whole report, with a count line in both languages. */
export function formatReport(problems: ContentProblem[]): string {
  const errors = errorsOf(problems);
  const warnings = problems.filter((p) => p.severity === 'warning');
  const parts: string[] = [];
  if (errors.length === 0) parts.push('✔ 内容检查通过 / content check passed');
  else parts.push(`内容检查发现 ${errors.length} 个问题 / content check found ${errors.length} problem(s):`, '', ...errors.map(formatProblem));
  if (warnings.length) {
    parts.push(`另有 ${warnings.length} 条提醒（不影响发布）/ ${warnings.length} warning(s) (the site still builds):`, '', ...warnings.map(formatProblem));
  }
  return parts.join('\n\n').replace(/\n\n\n\n/g, '\n\n');
}

/** Shows a value the way an editor would recognise it. */
export function showValue(value: unknown): string {
  if (value === undefined) return '（缺失）missing';
  if (value === null) return '（空）empty';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && !Array.isArray(value)) {
    // A group of fields as the editor wrote it (`exemplar: zhang-wei, requirement: 必学`), not JSON.
    const text = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${v instanceof Date ? showValue(v) : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`)
      .join('，');
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  }
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/**
 * A field path as editors count: `items 第 2 项 due` for `['items', 1, 'due']` (lists count
 * from 1, as the lines in the file do).
 */
export function fieldLabel(path: readonly PropertyKey[]): string {
  let text = '';
  path.forEach((key, i) => {
    if (typeof key === 'number') text += ` 第 ${key + 1} 项`;
    else text += i === 0 ? String(key) : typeof path[i - 1] === 'number' ? ` ${String(key)}` : `.${String(key)}`;
  });
  return text;
}
