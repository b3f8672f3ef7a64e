import type { ProgressSnapshot } from '../../lib/progress/store.ts';
import { progressStore } from '../../scripts/progress/store-instance.ts';
import { el, link } from '../../scripts/dom.ts';

/**
 * <kb-storage-note>: on every page, says plainly when reading records are not being kept
 * (storage blocked, full or unreadable), using the store's own message. The live region is
 * always in the page, so the note is announced when it appears.
 */
class KbStorageNote extends HTMLElement {
  private region!: HTMLElement;
  private unsubscribe: (() => void) | null = null;
  private shown = '';

  connectedCallback() {
    this.region = this.querySelector('[data-note-region]') ?? this;
    const store = progressStore();
    this.render(store.snapshot());
    this.unsubscribe = store.subscribe((snap) => this.render(snap));
  }

  disconnectedCallback() {
    this.unsubscribe?.();
  }

  private render({ status }: ProgressSnapshot) {
    const lines: string[] = [];
    if (status.message) lines.push(status.message);
    if (status.droppedRecords > 0) lines.push(`本机有 ${status.droppedRecords} 条学习记录无法识别，已略过，其余记录不受影响。`);
    const key = `${lines.join('\n')}|${status.problem}`;
    if (key === this.shown) return;
    this.shown = key;
    this.region.replaceChildren();
    if (lines.length === 0) return;
    const box = el('div', 'kb-warning-box');
    for (const line of lines) box.append(el('p', undefined, line));
    const progressUrl = this.dataset.progressUrl;
    if (status.problem === 'unreadable' && progressUrl && !location.pathname.startsWith(progressUrl)) {
      const p = el('p');
      p.append(link(progressUrl, '到“我的学习”备份或重新开始记录', 'font-medium underline'));
      box.append(p);
    }
    this.region.append(box);
  }
}

if (!customElements.get('kb-storage-note')) customElements.define('kb-storage-note', KbStorageNote);
