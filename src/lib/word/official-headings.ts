/**
 * Numbered headings as official documents write them (GB/T 9704): 一、 for the first level,
 * （一） for the second, 1. for the third. Many are typed as plain paragraphs without Word's
 * heading styles, so the number is what marks them. The entry's title is the page's `#`, so the
 * first level becomes `##`.
 */
const MARKERS: { level: 2 | 3 | 4; pattern: RegExp }[] = [
  { level: 2, pattern: /^[一二三四五六七八九十]{1,3}、/ },
  { level: 3, pattern: /^[（(][一二三四五六七八九十]{1,3}[）)]/ },
  { level: 4, pattern: /^\d{1,2}(?:[.．](?!\d)|、)/ },
];

/** Longest text read as a heading; a longer numbered paragraph is body text that starts with a number. */
const HEADING_MAX = 40;

/**
 * The Markdown heading level of a paragraph, or undefined for body text. A heading is short and
 * holds no full stop except, sometimes, a last one (`（一）加强组织领导。`).
 */
export function officialHeadingLevel(paragraph: string): 2 | 3 | 4 | undefined {
  const text = paragraph.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
  if ([...text].length > HEADING_MAX) return undefined;
  if (/[。！？；]./u.test(text)) return undefined;
  return MARKERS.find((m) => m.pattern.test(text))?.level;
}
