import type { ProgressState } from '../../lib/progress/types.ts';
import { planProgress } from '../../lib/progress/plans.ts';
import { indexCatalogue, type Catalogue, type CatalogueItem } from '../../lib/catalogue.ts';
import { collectionTally, entryBadges } from '../../lib/progress-view/entry-status.ts';
import { planSummary } from '../../lib/progress-view/plan-view.ts';
import { progressStore } from '../../scripts/progress/store-instance.ts';
import { loadCatalogue } from '../../scripts/catalogue.ts';
import { badge, el } from '../../scripts/dom.ts';

/**
 * <kb-list-status>: around a list of entry cards. Fills each card's `[data-status-slot]` with
 * its status (plans: completion, 已逾期 and the next item) and adds 已读 5 / 14 beside each
 * `[data-collection-count]`. Follows the store, so other tabs' changes show at once.
 */
class KbListStatus extends HTMLElement {
  private catalogue: Catalogue | null = null;
  private index: ReadonlyMap<string, CatalogueItem> = new Map();
  private unsubscribe: (() => void) | null = null;

  connectedCallback() {
    const store = progressStore();
    this.render(store.state());
    this.unsubscribe = store.subscribe((snap) => this.render(snap.state));
    loadCatalogue().then((catalogue) => {
      this.catalogue = catalogue;
      this.index = indexCatalogue(catalogue?.entries ?? []);
      this.render(store.state());
    });
  }

  disconnectedCallback() {
    this.unsubscribe?.();
  }

  private render(state: ProgressState) {
    for (const card of this.querySelectorAll<HTMLElement>('[data-entry-key]')) {
      const slot = card.querySelector<HTMLElement>('[data-status-slot]');
      const key = card.dataset.entryKey ?? '';
      if (slot) this.fillSlot(slot, key, card.dataset.contentHash ?? this.index.get(key)?.hash ?? null, state);
    }
    for (const count of this.querySelectorAll<HTMLElement>('[data-collection-count]')) this.fillCount(count, state);
  }

  private fillSlot(slot: HTMLElement, key: string, hash: string | null, state: ProgressState) {
    const collection = key.slice(0, key.indexOf('/'));
    const parts: HTMLElement[] = [];
    const plan = collection === 'plans' ? this.catalogue?.plans.find((p) => p.key === key) : undefined;
    if (plan) {
      const progress = planProgress(plan.items, state.records, Date.now());
      const summary = planSummary(progress);
      parts.push(badge({ label: summary.done ?? summary.required, tone: progress.complete ? 'read' : 'reading' }));
      if (summary.overdue) parts.push(badge({ label: summary.overdue, tone: 'overdue' }));
      const next = progress.next ? this.index.get(progress.next.key) : undefined;
      if (next) parts.push(el('span', 'text-sm', `下一项：${next.title}`));
    } else if (collection !== 'plans') {
      parts.push(...entryBadges(state.records.get(key), collection, hash).map(badge));
    }
    const signature = parts.map((p) => p.textContent).join('|');
    if (slot.dataset.shown === signature) return;
    slot.dataset.shown = signature;
    slot.classList.add('inline-flex', 'flex-wrap', 'items-center', 'gap-1');
    slot.replaceChildren(...parts);
  }

  private fillCount(count: HTMLElement, state: ProgressState) {
    const collection = count.dataset.collectionCount ?? '';
    if (!this.catalogue) return;
    const now = Date.now();
    const tally =
      collection === 'plans'
        ? {
            label: '已完成',
            done: this.catalogue.plans.filter((p) => planProgress(p.items, state.records, now).complete).length,
            total: this.catalogue.plans.length,
          }
        : collectionTally(
            collection,
            this.catalogue.entries.filter((e) => e.collection === collection).map((e) => e.key),
            state.records,
          );
    let out = count.querySelector<HTMLElement>('[data-read-count]');
    if (!out) {
      out = el(
        'span',
        'ml-2 rounded bg-emerald-100 px-2 py-0.5 text-sm font-medium text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
      );
      out.dataset.readCount = '';
      count.append(out);
    }
    const text = `本栏目${tally.label} ${tally.done} / ${tally.total}`;
    if (out.textContent !== text) out.textContent = text;
  }
}

if (!customElements.get('kb-list-status')) customElements.define('kb-list-status', KbListStatus);
