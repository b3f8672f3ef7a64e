export interface TextPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&nbsp;': ' ' };

function decode(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|nbsp|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
}

/**
 * Reads a Pagefind excerpt (text with `<mark>` around matches) into plain parts, so it can be
 * shown with text nodes only — never as HTML.
 */
export function excerptParts(excerptHtml: string): TextPart[] {
  const parts: TextPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const m of excerptHtml.matchAll(re)) {
    if (m.index > last) parts.push({ text: decode(stripTags(excerptHtml.slice(last, m.index))), mark: false });
    parts.push({ text: decode(stripTags(m[1]!)), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerptHtml.length) parts.push({ text: decode(stripTags(excerptHtml.slice(last))), mark: false });
  return mergeParts(parts.filter((p) => p.text !== ''));
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/** Joins neighbouring parts of the same kind: `<mark>三会</mark><mark>一课</mark>` reads as one. */
export function mergeParts(parts: TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev && prev.mark === p.mark) prev.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

/** Marks every occurrence of any term in `text`, longest terms first, case-insensitively. */
export function markTerms(text: string, terms: string[]): TextPart[] {
  const wanted = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [{ text, mark: false }];
  const re = new RegExp(wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), mark: false });
    parts.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts.filter((p) => p.text !== '');
}

/**
 * The excerpt to show: when the reader's terms occur verbatim, mark exactly those (Pagefind
 * marks each segment of a compound, or misses a compound the index split differently);
 * otherwise keep Pagefind's own marks, merged.
 */
export function highlightExcerpt(excerptHtml: string, terms: string[]): TextPart[] {
  const parts = excerptParts(excerptHtml);
  const plain = parts.map((p) => p.text).join('');
  const lower = plain.toLowerCase();
  if (terms.some((t) => t && lower.includes(t.toLowerCase()))) return markTerms(plain, terms);
  return parts;
}
