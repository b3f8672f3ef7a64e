import yaml from 'js-yaml';

export type FrontMatterResult =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number; lines: string[] }
  | { ok: false; line?: number; found: string; expected: string; fix: string };

/** Strips a byte-order mark and turns CRLF/CR line ends into LF, as editors on Windows save them. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Splits a Markdown file into YAML front matter and body. Dates stay text (CORE_SCHEMA) so
 * the schema can refuse an impossible day instead of YAML rolling it into the next month.
 */
export function parseFrontMatter(raw: string): FrontMatterResult {
  const text = normaliseText(raw);
  if (text.trim() === '') {
    return {
      ok: false,
      found: '空文件 / empty file',
      expected: '以 --- 开头的 front matter 和正文 / front matter between --- lines, then the body',
      fix: '用 npm run new 生成模板后再填写 / create the entry with `npm run new` and fill it in',
    };
  }
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return {
      ok: false,
      line: 1,
      found: JSON.stringify(lines[0]?.slice(0, 40) ?? ''),
      expected: '第一行是 --- / the first line is ---',
      fix: '在文件开头加上 front matter（两行 --- 之间的字段）/ start the file with front matter between two --- lines',
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1) {
    return {
      ok: false,
      line: 1,
      found: '没有结束的 --- / no closing ---',
      expected: 'front matter 以一行 --- 结束 / front matter ends with a line ---',
      fix: '在字段之后加一行 --- / add a line --- after the fields',
    };
  }
  let data: unknown;
  try {
    data = yaml.load(lines.slice(1, end).join('\n'), { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number } };
    return {
      ok: false,
      line: e.mark ? e.mark.line + 2 : undefined,
      found: `YAML 格式错误 / YAML syntax error: ${e.reason ?? String(error)}`,
      expected: '“字段: 值” 的 YAML 写法 / YAML "field: value" lines',
      fix: '检查这一行的冒号、缩进和引号；值里有冒号时用引号括起来 / check the colon, indentation and quotes on this line; quote values that contain a colon',
    };
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      line: 2,
      found: JSON.stringify(data),
      expected: '一组“字段: 值” / a mapping of fields',
      fix: '每行写一个“字段: 值” / write one "field: value" per line',
    };
  }
  return { ok: true, data: data as Record<string, unknown>, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2, lines };
}

/** The 1-based line of a top-level field in the front matter, if it is there. */
export function lineOfField(lines: string[], field: string): number | undefined {
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  const at = lines.findIndex((l, i) => i > 0 && (end === -1 || i < end) && new RegExp(`^${field}\\s*:`).test(l));
  return at === -1 ? undefined : at + 1;
}

/** Front matter at the top of a file (after an optional byte-order mark or blank lines), as Astro finds it. */
const ASTRO_FRONT_MATTER = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/**
 * The body of an entry file exactly as Astro's glob loader reports it as `entry.body`: what
 * follows the front matter, trimmed, line ends kept. Unlike parseFrontMatter it neither
 * normalises the text nor reads the YAML, so reading counts and the content hash behind 有更新
 * come out as they did when Astro kept the bodies (see lib/content/load.ts).
 */
export function entryBody(source: string): string {
  const match = ASTRO_FRONT_MATTER.exec(source);
  if (!match) return source.trim();
  return source.replace(`${match[1]}${match[2]}${match[1]}`, '').trim();
}
