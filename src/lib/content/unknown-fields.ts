import type { z } from 'astro/zod';

/** A key the schema does not know, where it is, and the known key it most likely means. */
export interface UnknownField {
  /** Path of the object holding the key (`[]` for the front matter, `['items', 1]`). */
  parent: (string | number)[];
  key: string;
  /** The closest known key, when one is close enough to be what the editor meant. */
  suggestion?: string;
  /** Every key known at that place. */
  known: string[];
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; out?: z.ZodType; shape?: Record<string, z.ZodType> };

/** The schema under optional/default/nullable/pipe wrappers. */
function unwrap(schema: z.ZodType): { def: Def; shape?: Record<string, z.ZodType> } {
  let s = schema as unknown as { def: Def; shape?: Record<string, z.ZodType> };
  for (let i = 0; i < 10; i++) {
    const d = s.def;
    if ((d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') && d.innerType) s = d.innerType as never;
    else if (d.type === 'pipe' && d.in) s = (d.in as unknown as { def: Def }).def.type === 'object' ? (d.in as never) : (d.out as never);
    else break;
  }
  return s;
}

/**
 * Keys in `data` that the schema would silently drop: misspellings such as `portait` or
 * `sumary`, a singular `exemplar` in a plan item. Zod strips unknown keys, so without this
 * the photo or the tags just vanish from the page.
 */
export function unknownFields(schema: z.ZodType, data: unknown, parent: (string | number)[] = []): UnknownField[] {
  const s = unwrap(schema);
  if (s.def.type === 'object' && s.shape && data && typeof data === 'object' && !Array.isArray(data) && !(data instanceof Date)) {
    const known = Object.keys(s.shape);
    const found: UnknownField[] = [];
    for (const [key, value] of Object.entries(data)) {
      const inner = s.shape[key];
      if (inner) found.push(...unknownFields(inner, value, [...parent, key]));
      else found.push({ parent, key, suggestion: closest(key, known), known });
    }
    return found;
  }
  if (s.def.type === 'array' && s.def.element && Array.isArray(data)) {
    return data.flatMap((item, i) => unknownFields(s.def.element!, item, [...parent, i]));
  }
  return [];
}

/** The known key nearest to `key` (case, a letter or two missing, added or swapped), if any is near. */
export function closest(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = name.toLowerCase() === lower ? 0 : distance(lower, name.toLowerCase());
    if (!best || d < best.d) best = { name, d };
  }
  if (!best) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(Math.max(key.length, best.name.length) / 3)));
  return best.d <= limit ? best.name : undefined;
}

/** Edit distance with adjacent swaps (optimal string alignment). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
