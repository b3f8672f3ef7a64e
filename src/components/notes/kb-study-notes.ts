/**
 * <kb-study-notes>: the small part of 学习笔记 that every entry page runs (EntryLayout's script
 * imports it, within the article page's 15 KB). It adds a 笔记 button to each paragraph and loads
 * the notes code (notes-ui.ts) only when the member selects text in the article, presses a 笔记
 * button, starts a 学习心得, or has notes on this entry already.
 */
import { NOTES_STORAGE_KEY } from '../../lib/notes/storage-key.ts';
import type { NotesUi } from './notes-ui.ts';

class KbStudyNotes extends HTMLElement {
  connectedCallback() {
    const root = document.querySelector<HTMLElement>('[data-notes-root]');
    if (!root) return;
    let ui: Promise<NotesUi> | undefined;
    const load = () => (ui ??= import('./notes-ui.ts').then((m) => m.startNotes(this, root)));
    for (const block of root.querySelectorAll<HTMLElement>('p, li:not(:has(p, li))')) {
      const button = document.createElement('button');
      button.className = 'kb-note-here';
      button.dataset.notesUi = '';
      button.textContent = '笔记';
      button.ariaLabel = `为“${block.textContent!.trim().slice(0, 16)}”这段记笔记`;
      button.onclick = () => load().then((notes) => notes.noteOn(block));
      block.append(button);
    }
    document.addEventListener('selectionchange', () => {
      const selection = getSelection();
      if (selection && !selection.isCollapsed && root.contains(selection.anchorNode)) void load().then((notes) => notes.selectionChanged());
    });
    this.addEventListener('focusin', load, { once: true });
    // Notes or 学习心得 already kept for this entry: show them once the page is idle.
    try {
      if (localStorage.getItem(NOTES_STORAGE_KEY)?.includes(`"entry":"${this.dataset.key}"`))
        (window.requestIdleCallback ?? setTimeout)(load);
    } catch {
      // Storage blocked: nothing kept.
    }
  }
}

customElements.define('kb-study-notes', KbStudyNotes);
