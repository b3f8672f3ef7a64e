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
    return { ok: false, ...diagnoseYaml(lines.slice(1, end), e.reason ?? String(error), e.mark ? e.mark.line : undefined) };
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

const YAML_EXPECTED = '“字段: 值” 的 YAML 写法 / YAML "field: value" lines';

/** What js-yaml says, in Chinese first; the English reason follows for searching. */
const YAML_REASONS: [RegExp, string][] = [
  [/bad indentation/, '缩进不对'],
  [/duplicated mapping key/, '同一个字段写了两次'],
  [/unexpected end of the stream within a (double|single) quoted scalar/, '引号没有配对'],
  [/can not read a block mapping entry|a multiline key may not be an implicit key/, '这一行不是“字段: 值”'],
  [/end of the stream or a document separator is expected/, '多余的内容'],
  [/tab characters must not be used/, '用了 Tab 缩进'],
];

/**
 * Finds the line an editor has to change when the front matter is not valid YAML, and a fix
 * that fits the mistake: a full-width colon, a missing space after the colon, a tab, an
 * unclosed quote, a colon inside a value. js-yaml's own line is often the end of the block.
 * `fm` are the front-matter lines (file line = index + 2).
 */
export function diagnoseYaml(fm: string[], reason: string, markLine: number | undefined): { line?: number; found: string; expected: string; fix: string } {
  const at = (i: number) => i + 2;
  const english = `YAML syntax error: ${reason}`;
  const key = String.raw`^\s*(?:-\s+)?[A-Za-z_][\w.-]*`;
  for (let i = 0; i < fm.length; i++) {
    const l = fm[i]!;
    if (/^\s*\t/.test(l)) {
      return { line: at(i), found: `行首用了 Tab 缩进 / a tab at the start of the line (${english})`, expected: YAML_EXPECTED, fix: '把 Tab 换成两个空格 / indent with two spaces, not a tab' };
    }
    const wide = new RegExp(`${key}\\s*：`).exec(l);
    if (wide) {
      const fixed = l.replace('：', ': ').replace(/:\s{2,}/, ': ');
      return {
        line: at(i),
        found: `${JSON.stringify(l.trim())}：字段名后是全角冒号“：” / a full-width colon after the field name`,
        expected: YAML_EXPECTED,
        fix: `改为半角冒号加空格：${fixed.trim()} / use an ASCII colon and a space`,
      };
    }
    if (new RegExp(`${key}:(?![\\s/])\\S`).test(l) && !/^\s*(?:-\s+)?[A-Za-z_][\w.-]*:\s/.test(l)) {
      const fixed = l.replace(/:/, ': ');
      return { line: at(i), found: `${JSON.stringify(l.trim())}：冒号后没有空格 / no space after the colon`, expected: YAML_EXPECTED, fix: `在冒号后加一个空格：${fixed.trim()} / add a space after the colon` };
    }
    const quoted = new RegExp(`${key}\\s*:\\s*(["'])(.*)$`).exec(l);
    if (quoted) {
      const q = quoted[1]!;
      const rest = quoted[2]!;
      const closed = q === '"' ? /(^|[^\\])"/.test(rest) : /'(?!')/.test(rest.replace(/''/g, ''));
      if (!closed) {
        return {
          line: at(i),
          found: `${JSON.stringify(l.trim())}：引号没有配对 / the quote is not closed (${english})`,
          expected: YAML_EXPECTED,
          fix: `在这一行末尾补上 ${q}，或去掉开头的 ${q} / close the quote at the end of the line, or remove it`,
        };
      }
    }
  }
  const line = markLine === undefined ? undefined : Math.min(markLine, fm.length - 1);
  const text = line === undefined ? '' : (fm[line] ?? '');
  const chinese = YAML_REASONS.find(([re]) => re.test(reason))?.[1] ?? 'YAML 格式错误';
  const value = /^\s*(?:-\s+)?([A-Za-z_][\w.-]*)\s*:\s*(.*)$/.exec(text);
  if (value && /:\s/.test(value[2]!) && !/^["']/.test(value[2]!)) {
    return {
      line: at(line!),
      found: `值里有“: ”，被当成了另一个字段 / a colon inside the value (${english})`,
      expected: YAML_EXPECTED,
      fix: `把值用引号括起来：${value[1]}: "${value[2]!.replace(/"/g, '\\"')}" / quote a value that contains a colon`,
    };
  }
  return {
    line: line === undefined ? undefined : at(line),
    found: `${chinese} / ${english}`,
    expected: YAML_EXPECTED,
    fix: /duplicated/.test(reason)
      ? '删掉重复的一行，只保留一个 / delete the repeated line'
      : '检查这一行的冒号、缩进和引号；值里有冒号时用引号括起来 / check the colon, indentation and quotes on this line; quote values that contain a colon',
  };
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

/**
 * The 1-based line of a nested field such as `['items', 1, 'due']` or `['portrait', 'src']`
 * (block-style YAML, as the templates write it). When a part cannot be found (flow style,
 * `{ src: … }`), the line of the nearest part found is returned.
 */
export function lineOfPath(lines: string[], path: readonly (string | number)[]): number | undefined {
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  const last = end === -1 ? lines.length : end;
  const indent = (l: string) => l.length - l.trimStart().length;
  let at = -1;
  let from = 1;
  let to = last;
  let parentIndent = -1;
  for (const part of path) {
    let found = -1;
    if (typeof part === 'number') {
      let count = -1;
      let listIndent: number | undefined;
      for (let i = from; i < to; i++) {
        const l = lines[i]!;
        if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
        if (indent(l) <= parentIndent && at !== -1 && !l.trimStart().startsWith('-')) break;
        if (!/^\s*-(\s|$)/.test(l)) continue;
        listIndent ??= indent(l);
        if (indent(l) !== listIndent) continue;
        if (++count === part) {
          found = i;
          break;
        }
      }
      if (found === -1) break;
      // The item runs until the next `-` at the same indentation, or a line left of it.
      let stop = found + 1;
      while (stop < to) {
        const l = lines[stop]!;
        if (l.trim() !== '' && (indent(l) < listIndent! || (indent(l) === listIndent && /^\s*-(\s|$)/.test(l)))) break;
        stop++;
      }
      at = found;
      parentIndent = indent(lines[found]!);
      from = found;
      to = stop;
      continue;
    }
    const key = new RegExp(`^\\s*(?:-\\s+)?["']?${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`);
    for (let i = from; i < to; i++) {
      const l = lines[i]!;
      if (i > from && l.trim() !== '' && indent(l) <= parentIndent && !(at !== -1 && i === from)) break;
      if (key.test(l)) {
        found = i;
        break;
      }
    }
    if (found === -1) break;
    let stop = found + 1;
    const own = indent(lines[found]!.replace(/^(\s*)-\s+/, '$1  '));
    while (stop < to && (lines[stop]!.trim() === '' || indent(lines[stop]!) > own)) stop++;
    // A block list under a key may start at the key's own indentation (`items:\n- a`).
    while (stop < to && /^\s*-(\s|$)/.test(lines[stop]!) && indent(lines[stop]!) === own) {
      stop++;
      while (stop < to && (lines[stop]!.trim() === '' || indent(lines[stop]!) > own)) stop++;
    }
    at = found;
    parentIndent = own;
    from = found + 1;
    to = stop;
  }
  return at === -1 ? undefined : at + 1;
}
