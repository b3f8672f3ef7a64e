import type { StatusBadge, StatusTone } from '../lib/progress-view/entry-status.ts';

/** Creates an element with classes and text. Text only: nothing here ever parses HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link with text; `href` comes from the build's catalogue or the page, never from storage. */
export function link(href: string, text: string, className?: string): HTMLAnchorElement {
  const a = el('a', className, text);
  a.href = href;
  return a;
}

const TONES: Readonly<Record<StatusTone, string>> = {
  unread: 'bg-stone-100 text-stone-800 dark:bg-stone-800 dark:text-stone-200',
  reading: 'bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-100',
  read: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  attended: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  updated: 'bg-amber-100 text-amber-950 dark:bg-amber-800 dark:text-amber-50',
  overdue: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50',
};

/** A small status label (已读, 在读, 有更新, 已逾期…). */
export function badge({ label, tone }: StatusBadge): HTMLSpanElement {
  const span = el('span', `kb-status rounded px-2 py-0.5 text-sm font-medium ${TONES[tone]}`, label);
  span.dataset.tone = tone;
  return span;
}
