import { ID_PATTERN } from '../../schemas/fields.ts';

/** The file name of an entry without folders and extension: `2026/abc.md` → `abc`. */
export function fileStem(entryPath: string): string {
  const base = entryPath.split(/[\\/]/).pop() ?? entryPath;
  return base.replace(/\.(md|mdx)$/i, '');
}

export type IdResult = { ok: true; id: string } | { ok: false; reason: 'front-matter' | 'file-name'; found: string };

/**
 * An entry's stable id: the `id` in front matter when given, otherwise the file name.
 * Either must be lowercase ASCII letters, digits and hyphens, so URLs copy cleanly.
 */
export function entryId(entryPath: string, data: Record<string, unknown>): IdResult {
  if (data.id !== undefined && data.id !== null) {
    const id = String(data.id);
    return ID_PATTERN.test(id) ? { ok: true, id } : { ok: false, reason: 'front-matter', found: id };
  }
  const stem = fileStem(entryPath);
  return ID_PATTERN.test(stem) ? { ok: true, id: stem } : { ok: false, reason: 'file-name', found: stem };
}
