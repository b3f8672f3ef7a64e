import type { ProgressState } from '../../lib/progress/types.ts';
import { planProgress, type PlanItem } from '../../lib/progress/plans.ts';
import { entryBadges } from '../../lib/progress-view/entry-status.ts';
import { dayText } from '../../lib/progress-view/format.ts';
import { planSummary } from '../../lib/progress-view/plan-view.ts';
import { progressStore } from '../../scripts/progress/store-instance.ts';
import { badge, link } from '../../scripts/dom.ts';

interface PageItem extends PlanItem {
  readonly due: string;
  readonly title: string;
  readonly href: string;
  readonly hash: string | null;
  readonly row: HTMLElement;
}

/** Plan items as the page lists them (`data-entry-key`, `data-requirement`, `data-due`). */
function pageItems(): PageItem[] {
  return [...document.querySelectorAll<HTMLElement>('[data-plan-items] [data-entry-key][data-requirement][data-due]')].flatMap((row) => {
    const requirement = row.dataset.requirement;
    const a = row.querySelector<HTMLAnchorElement>('a[href]');
    if ((requirement !== '必学' && requirement !== '选学') || !a) return [];
    const { entryKey = '', due = '', contentHash = null } = row.dataset;
    return [{ key: entryKey, requirement, due, title: a.textContent?.trim() ?? '', href: a.href, hash: contentHash, row }];
  });
}

/**
 * <kb-plan-progress>: on a plan page, the reader's completion of the 必学 items, the items
 * past their due day (已逾期), the next item to read, and each item's status in the list.
 */
class KbPlanProgress extends HTMLElement {
  private items: PageItem[] = [];
  private unsubscribe: (() => void) | null = null;

  connectedCallback() {
    this.items = pageItems();
    const store = progressStore();
    this.querySelector<HTMLElement>('[data-panel]')!.hidden = this.items.length === 0;
    this.render(store.state());
    this.unsubscribe = store.subscribe((snap) => this.render(snap.state));
  }

  disconnectedCallback() {
    this.unsubscribe?.();
  }

  private render(state: ProgressState) {
    const progress = planProgress(this.items, state.records, Date.now());
    const summary = planSummary(progress);
    this.find('[data-required]').textContent = `${summary.required}（${progress.percent}%）${summary.done ? `，${summary.done}` : ''}`;
    this.querySelector<HTMLProgressElement>('[data-meter]')!.value = progress.percent;
    this.find('[data-optional]').textContent = summary.optional ?? '';

    const overdue = this.find('[data-overdue]');
    overdue.replaceChildren();
    if (progress.overdue.length > 0) {
      overdue.append(badge({ label: summary.overdue ?? '', tone: 'overdue' }), document.createTextNode(' '));
      overdue.append(...joinLinks(progress.overdue));
    }

    const next = this.find('[data-next]');
    next.replaceChildren();
    const nextItem = progress.next;
    if (nextItem) {
      next.append(
        '下一项：',
        link(nextItem.href, nextItem.title, 'font-medium'),
        `（${nextItem.requirement}，完成期限 ${dayText(nextItem.due)}）`,
      );
    } else if (this.items.length > 0) {
      next.textContent = '本计划的内容已全部完成。';
    }

    const overdueSet = new Set(progress.overdue);
    for (const item of this.items) {
      const slot = item.row.querySelector<HTMLElement>('[data-status-slot]');
      if (!slot) continue;
      const collection = item.key.slice(0, item.key.indexOf('/'));
      const badges = entryBadges(state.records.get(item.key), collection, item.hash);
      if (overdueSet.has(item)) badges.push({ label: '已逾期', tone: 'overdue' });
      slot.classList.add('inline-flex', 'flex-wrap', 'gap-1');
      slot.replaceChildren(...badges.map(badge));
    }
  }

  private find(selector: string): HTMLElement {
    return this.querySelector<HTMLElement>(selector)!;
  }
}

/** Links separated by 、. */
function joinLinks(items: readonly PageItem[]): Node[] {
  return items.flatMap((item, i) => [...(i > 0 ? [document.createTextNode('、')] : []), link(item.href, item.title)]);
}

if (!customElements.get('kb-plan-progress')) customElements.define('kb-plan-progress', KbPlanProgress);
