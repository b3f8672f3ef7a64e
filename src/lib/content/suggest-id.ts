import { pinyin } from 'pinyin-pro';

/**
 * A URL-safe id suggested from any text (a title or a Chinese file name):
 * Chinese becomes pinyin without tones, everything else lowercase ASCII joined by hyphens.
 */
export function suggestId(text: string, maxWords = 8): string {
  const latin = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const words = latin
    .join(' ')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, maxWords);
  return words.join('-') || 'entry';
}
