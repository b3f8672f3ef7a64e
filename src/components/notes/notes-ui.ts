/**
 * 学习笔记 and 学习心得 on an entry page, loaded by <kb-study-notes> when first needed.
 * Highlights (<mark>) over the noted passages, a card under each passage's paragraph with the
 * note, 编辑 and 删除, 原文已修改 for notes whose passage is gone, the bar for a selection
 * (划线 / 记笔记), and the 学习心得 box with its count and autosave. Notes are text, never HTML.
 */
import { createAnchor, resolveAnchor, type AnchorResolution, type TextAnchor } from '../../lib/notes/anchor.ts';
import { NOTE_MAX_LENGTH, REFLECTION_MAX_LENGTH, type Note } from '../../lib/notes/types.ts';
import { dayText } from '../../lib/progress-view/format.ts';
import { confirmDialog } from '../../scripts/progress/confirm-dialog.ts';
import { notesStore } from '../../scripts/progress/notes-instance.ts';
import { el } from '../../scripts/dom.ts';
import { blockOffsets, readText, selectionOffsets, wrapRange } from './text-model.ts';
import { smallButton as button, textEditor } from './text-editor.ts';
import { wideScreen } from '../../scripts/wide-screen.ts';

/** Autosave of 学习心得 this long after the last key press. */
const AUTOSAVE_MS = 600;
/** Longest quote shown on a card before it is shortened. */
const QUOTE_SHOWN = 120;
/** Wide enough for cards beside the text (lg: in notes.css). */
const WIDE = wideScreen();

export interface NotesUi {
  /** A paragraph's 笔记 button: a note on the selection inside it, or on the whole paragraph. */
  noteOn(block: HTMLElement): void;
  /** The selection changed inside the article. */
  selectionChanged(): void;
}

function quoteText(exact: string): string {
  const flat = exact.replace(/\s+/g, ' ');
  return `“${flat.length > QUOTE_SHOWN ? `${flat.slice(0, QUOTE_SHOWN)}…` : flat}”`;
}

function timeText(iso: string): string {
  return dayText(iso.slice(0, 10));
}

export function startNotes(host: HTMLElement, root: HTMLElement): NotesUi {
  const store = notesStore();
  const key = host.dataset.key ?? '';
  const bar = host.querySelector<HTMLElement>('[data-selection-bar]')!;
  const barCount = bar.querySelector<HTMLElement>('[data-count]')!;
  const orphans = host.querySelector<HTMLElement>('[data-orphans]')!;
  const orphanList = orphans.querySelector<HTMLElement>('ul')!;
  const status = host.querySelector<HTMLElement>('[data-notes-status]')!;
  const dialog = host.querySelector<HTMLDialogElement>('dialog[data-confirm-dialog]')!;
  const reflectionBox = host.querySelector<HTMLTextAreaElement>('[data-reflection]')!;
  const reflectionCount = host.querySelector<HTMLElement>('[data-reflection-count]')!;
  const reflectionStatus = host.querySelector<HTMLElement>('[data-reflection-status]')!;
  let pending: TextAnchor | null = null;

  /** The top-level child of the article body that holds `node`: cards go after it (valid in lists and tables). */
  function topBlock(node: Node): Element {
    let current: Node = node;
    while (current.parentNode && current.parentNode !== root) current = current.parentNode;
    return current instanceof Element ? current : root;
  }

  function showStatus(): void {
    status.textContent = store.status().message ?? '';
  }

  function clearMarks(): void {
    for (const card of root.querySelectorAll('[data-note-card]')) card.remove();
    for (const mark of root.querySelectorAll('mark[data-note]')) mark.replaceWith(...mark.childNodes);
    root.normalize();
  }

  function card(note: Note | null, anchor: TextAnchor, where: AnchorResolution): HTMLElement {
    const box = el('aside', 'kb-note-card');
    box.dataset.noteCard = '';
    box.dataset.notesUi = '';
    box.setAttribute('aria-label', note?.kind === 'highlight' ? '划线' : '笔记');
    if (note) box.dataset.noteId = note.id;
    const head = el('p', 'text-sm text-stone-700 dark:text-stone-300');
    head.append(el('span', 'font-medium', note ? (note.kind === 'highlight' ? '划线' : '笔记') : '新笔记'));
    if (note) head.append(` · ${timeText(note.updatedAt)}`);
    if (where.status === 'fuzzy') head.append(' · 原文有改动，已按相近的文字重新定位');
    if (where.status === 'orphaned') head.append(' · 原文已修改，找不到这段文字');
    const quote = el('blockquote', 'kb-note-quote', quoteText(anchor.exact));
    const body = el('p', 'kb-note-body', note?.body ?? '');
    body.hidden = !note?.body;
    const actions = el('div', 'flex flex-wrap gap-2');
    box.append(head, quote, body, actions);
    if (!note) return box;
    const edit = () => {
      actions.hidden = true;
      body.hidden = true;
      const form = textEditor({
        label: '笔记内容',
        initial: note.body,
        maxLength: NOTE_MAX_LENGTH,
        rows: 3,
        saveLabel: '保存笔记',
        onSave: (text) => {
          store.editNote(note.id, text);
          render(note.id);
        },
        onCancel: () => render(note.id),
      });
      box.append(form);
    };
    actions.append(
      button(note.kind === 'highlight' ? '添加笔记' : '编辑', edit),
      button('删除', async () => {
        const yes = await confirmDialog(dialog, {
          title: note.kind === 'highlight' ? '删除这处划线？' : '删除这条笔记？',
          lead: quoteText(note.anchor.exact),
          lines: note.body ? [note.body.slice(0, 200)] : [],
          confirmLabel: '删除',
          cautious: true,
        });
        if (!yes) return;
        store.deleteNote(note.id);
        render();
        status.textContent = store.status().message ?? '已删除。';
      }),
    );
    return box;
  }

  /** Draws every note of this entry; `focusId` puts the focus back on that note's card. */
  function render(focusId?: string): void {
    clearMarks();
    const notes = store.notes(key).sort((a, b) => a.anchor.start - b.anchor.start);
    const { text } = readText(root);
    const lost: HTMLElement[] = [];
    // On a wide screen a card sits beside its passage's paragraph (floated right, placed before it);
    // on a narrow one it follows the paragraph. Cards of one paragraph keep the order of their passages.
    const beside = WIDE.matches;
    const lastCard = new Map<Element, Element>();
    for (const note of notes) {
      const where = resolveAnchor(text, note.anchor);
      if (where.status === 'orphaned') {
        const item = el('li');
        item.append(card(note, note.anchor, where));
        lost.push(item);
        continue;
      }
      const marks = wrapRange(root, where.start, where.end, () => {
        const mark = el('mark', note.kind === 'highlight' ? 'kb-note-mark' : 'kb-note-mark kb-note-mark-note');
        mark.dataset.note = note.id;
        return mark;
      });
      const at = beside ? marks[0] : marks[marks.length - 1];
      if (!at) continue;
      const block = topBlock(at);
      const shown = card(note, note.anchor, where);
      shown.classList.toggle('kb-note-card-beside', beside);
      const previous = lastCard.get(block);
      if (previous) previous.after(shown);
      else if (beside) block.before(shown);
      else block.after(shown);
      lastCard.set(block, shown);
    }
    orphanList.replaceChildren(...lost);
    orphans.hidden = lost.length === 0;
    showStatus();
    if (focusId) root.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(focusId)}"] button`)?.focus();
  }

  /** Opens a new note's editor under the passage; nothing is kept until 保存笔记 or 只划线. */
  function openNew(anchor: TextAnchor, after: Element): void {
    root.querySelector('[data-note-new]')?.remove();
    const box = card(null, anchor, { status: 'exact', start: anchor.start, end: anchor.end });
    box.dataset.noteNew = '';
    const close = () => {
      box.remove();
      pending = null;
    };
    box.append(
      textEditor({
        label: '笔记内容',
        initial: '',
        maxLength: NOTE_MAX_LENGTH,
        rows: 3,
        saveLabel: '保存笔记',
        onSave: (text) => {
          const note = store.addNote(key, text.trim() ? 'note' : 'highlight', anchor, text);
          close();
          render(note.id);
        },
        onCancel: close,
        extra: button('只划线', () => {
          const note = store.addNote(key, 'highlight', anchor);
          close();
          render(note.id);
        }),
      }),
    );
    after.after(box);
  }

  function currentSelection(): TextAnchor | null {
    const picked = selectionOffsets(root, getSelection());
    return picked ? createAnchor(picked.model.text, picked.start, picked.end) : null;
  }

  // Pressing the bar must not drop the selection it acts on.
  bar.addEventListener('mousedown', (event) => event.preventDefault());
  bar.querySelector('[data-act="highlight"]')!.addEventListener('click', () => {
    if (!pending) return;
    const note = store.addNote(key, 'highlight', pending);
    pending = null;
    bar.hidden = true;
    getSelection()?.removeAllRanges();
    render(note.id);
  });
  bar.querySelector('[data-act="note"]')!.addEventListener('click', () => {
    if (!pending) return;
    const anchor = pending;
    bar.hidden = true;
    const range = getSelection()?.rangeCount ? getSelection()!.getRangeAt(0) : null;
    getSelection()?.removeAllRanges();
    openNew(anchor, topBlock(range?.endContainer ?? root.lastChild ?? root));
  });

  // 学习心得: count as the member types, save shortly after, say so.
  const kept = store.reflection(key);
  if (kept && reflectionBox.value.trim() === '') reflectionBox.value = kept.text;
  reflectionBox.maxLength = REFLECTION_MAX_LENGTH;
  const count = () => {
    reflectionCount.textContent = `${[...reflectionBox.value].length} / ${REFLECTION_MAX_LENGTH} 字`;
  };
  let timer: number | undefined;
  const saveReflection = () => {
    window.clearTimeout(timer);
    store.setReflection(key, reflectionBox.value);
    const { saved, message } = store.status();
    const now = new Date();
    const clock = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
    reflectionStatus.textContent = saved
      ? `已自动保存在本机（${clock}）`
      : `${message} 已写的内容仍在本页，请先复制保存，关闭页面后会丢失。`;
  };
  reflectionBox.addEventListener('input', () => {
    count();
    reflectionStatus.textContent = '正在输入…';
    window.clearTimeout(timer);
    timer = window.setTimeout(saveReflection, AUTOSAVE_MS);
  });
  reflectionBox.addEventListener('blur', () => {
    if (timer !== undefined) saveReflection();
    timer = undefined;
  });
  addEventListener('pagehide', () => {
    if (timer !== undefined) saveReflection();
  });
  WIDE.addEventListener('change', () => render());
  count();
  // Typed before this code arrived: save it as if typed now.
  if (reflectionBox.value !== (kept?.text ?? '')) timer = window.setTimeout(saveReflection, AUTOSAVE_MS);
  render();

  return {
    noteOn(block) {
      const selected = currentSelection();
      const model = readText(root);
      const whole = blockOffsets(model, block);
      const inBlock = selected && whole && selected.start >= whole.start && selected.end <= whole.end ? selected : null;
      const anchor = inBlock ?? (whole ? createAnchor(model.text, whole.start, whole.end) : null);
      if (!anchor) return;
      bar.hidden = true;
      openNew(anchor, topBlock(block));
    },
    selectionChanged() {
      if (getSelection()?.anchorNode?.parentElement?.closest('[data-notes-ui]')) return;
      const anchor = currentSelection();
      pending = anchor;
      bar.hidden = anchor === null;
      if (anchor) barCount.textContent = `已选 ${[...anchor.exact].length} 字`;
    },
  };
}
