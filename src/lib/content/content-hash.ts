import { createHash } from 'node:crypto';

/**
 * A short fingerprint of what a reader reads: the title and the Markdown body. When it differs
 * from the hash stored with a 已读 record, the entry shows 有更新. Build time only (node:crypto).
 * `sha256-` and 16 hex digits (64 bits): enough to notice a change, short in every page.
 */
export function contentHash(title: string, body: string): string {
  const text = `${title.trim()}\n${body.replace(/\r\n?/g, '\n').trim()}`;
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
}
