import type { ProgressSnapshot } from '../../lib/progress/store.ts';
import { collectionLabel, dayText, formatHours, wholePercent } from '../../lib/progress-view/format.ts';
import { inProgress, readHistory, type HistoryRow } from '../../lib/progress-view/summary.ts';
import { ProgressSection } from '../../scripts/progress/section.ts';
import { el, link } from '../../scripts/dom.ts';

/**
 * Read entries listed at first in each month; the rest of a busy month come with a button, so
 * 我的学习 opens quickly after a year of reading (bench/README.md: the longest task).
 */
const SHOWN_PER_MONTH = 20;

/** <kb-progress-entries>: entries being read (继续阅读) and read entries by date. */
class KbProgressEntries extends ProgressSection {
  protected render({ state }: ProgressSnapshot) {
    if (!this.catalogueSettled) return;
    const reading = this.find('[data-reading]');
    const list = inProgress(state.records, this.index);
    reading.replaceChildren(
      ...(list.length === 0
        ? [el('li', 'text-stone-700 dark:text-stone-300', '暂无正在阅读的内容。')]
        : list.map(({ entry, scroll }) => {
            const li = el('li', 'flex flex-wrap items-center justify-between gap-2 border-b border-stone-200 py-2 dark:border-stone-800');
            li.dataset.entryKey = entry.key;
            const left = el('span', 'flex flex-col');
            left.append(
              link(entry.url, entry.title, 'font-medium'),
              el(
                'span',
                'text-sm text-stone-700 dark:text-stone-300',
                `${collectionLabel(entry.collection)} · 读到 ${wholePercent(scroll)}%`,
              ),
            );
            const resume = link(`${entry.url}#continue`, '继续阅读', 'kb-button');
            resume.append(el('span', 'sr-only', `：${entry.title}`));
            li.append(left, resume);
            return li;
          })),
    );

    const history = this.find('[data-history]');
    const months = readHistory(state.records, this.index);
    if (months.length === 0) {
      history.replaceChildren(
        el('p', 'text-stone-700 dark:text-stone-300', '还没有已读的内容。读完一篇文章，或在培训页面点“我参加了”，就会记录在这里。'),
      );
      return;
    }
    history.replaceChildren(
      ...months.map((month) => {
        const section = el('section', 'mb-4');
        const id = `history-${month.year}-${month.month}`;
        section.setAttribute('aria-labelledby', id);
        const h = el('h3', 'mb-1 text-lg font-semibold', `${month.year}年${month.month}月`);
        h.id = id;
        const ul = el('ul', 'flex flex-col');
        ul.append(...month.rows.slice(0, SHOWN_PER_MONTH).map(historyItem));
        section.append(h, ul);
        const rest = month.rows.slice(SHOWN_PER_MONTH);
        if (rest.length > 0) {
          const more = el('button', 'kb-button mt-2', `显示本月其余 ${rest.length} 篇`);
          more.type = 'button';
          more.addEventListener('click', () => {
            const items = rest.map(historyItem);
            ul.append(...items);
            more.remove();
            // Focus moves to the first entry shown, not back to the top of the page.
            const first = items[0]!;
            first.tabIndex = -1;
            first.focus();
          });
          section.append(more);
        }
        return section;
      }),
    );
  }
}

function historyItem(row: HistoryRow): HTMLLIElement {
  const li = el('li', 'flex flex-wrap items-baseline gap-x-3 border-b border-stone-200 py-1.5 dark:border-stone-800');
  li.dataset.entryKey = row.key;
  const date = el('time', 'text-sm tabular-nums text-stone-700 dark:text-stone-300', dayText(row.day));
  date.dateTime = `${row.day.year}-${String(row.day.month).padStart(2, '0')}-${String(row.day.day).padStart(2, '0')}`;
  li.append(date);
  if (row.entry) li.append(link(row.entry.url, row.entry.title));
  else li.append(el('span', undefined, `${row.key}（本站已不再收录）`));
  const facts = [
    row.entry ? collectionLabel(row.entry.collection) : '',
    row.via === 'attended' ? '已参加' : '已读',
    row.hours > 0 ? `${formatHours(row.hours)} 学时` : '',
  ];
  li.append(el('span', 'text-sm text-stone-700 dark:text-stone-300', facts.filter(Boolean).join(' · ')));
  return li;
}

if (!customElements.get('kb-progress-entries')) customElements.define('kb-progress-entries', KbProgressEntries);
