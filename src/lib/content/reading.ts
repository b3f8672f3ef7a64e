import { siteConfig } from '../../site.config.ts';

/**
 * Counts what a reader reads: each CJK character counts one, each run of Latin letters or
 * digits counts one word. Markdown syntax, links' URLs and HTML tags are not counted.
 */
export function countReadableChars(markdown: string): number {
  const text = markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^(import|export)\s.*$/gm, ' ');
  const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const words = text.match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return cjk + words;
}

/** Minutes to read, at least one: 约 N 分钟. */
export function readingMinutes(chars: number, perMinute: number = siteConfig.charsPerMinute): number {
  return Math.max(1, Math.ceil(chars / perMinute));
}

/**
 * Study hours (学时) an entry is worth: the editor's figure when given, otherwise one 学时 per
 * 45 minutes of reading, rounded up to half an hour and never less than 0.5.
 */
export function studyHours(minutes: number, explicit?: number): number {
  if (explicit !== undefined) return explicit;
  return Math.max(0.5, Math.ceil((minutes / 45) * 2) / 2);
}
