import { groupNotes, type EntryGroup, type NotesFilter } from '../../lib/notes/view.ts';
import { NOTE_MAX_LENGTH, REFLECTION_MAX_LENGTH, type Note } from '../../lib/notes/types.ts';
import { parsePeriod, periodLabel } from '../../lib/progress/periods.ts';
import { dayOfInstant, formatDay, parseInstant } from '../../lib/progress/time.ts';
import type { Catalogue } from '../../lib/catalogue.ts';
import { collections, type CollectionName } from '../../site.config.ts';
import { loadCatalogue } from '../../scripts/catalogue.ts';
import { confirmDialog } from '../../scripts/progress/confirm-dialog.ts';
import { notesStore } from '../../scripts/progress/notes-instance.ts';
import { progressStore } from '../../scripts/progress/store-instance.ts';
import { periodOptions } from '../../scripts/progress/period-options.ts';
import { downloadBlob } from '../../scripts/download.ts';
import { el, link } from '../../scripts/dom.ts';
import { smallButton as button, textEditor } from './text-editor.ts';
import { dayText } from '../../lib/progress-view/format.ts';

/** A date as the reader reads it (China time). */
function dateOf(iso: string): string {
  const ms = parseInstant(iso);
  return ms === null ? '' : dayText(formatDay(dayOfInstant(ms)));
}

/**
 * <kb-my-notes>: 我的笔记. Every 学习笔记 and 学习心得 in this browser, grouped by entry, newest
 * first; filters by collection, plan and period and a search; 编辑 and 删除 (asked first); 打印学习笔记
 * (A4) and 下载 Word 文档 (.docx, loaded only when asked for). Everything is shown as text.
 */
class KbMyNotes extends HTMLElement {
  private store = notesStore();
  private catalogue: Catalogue | null = null;
  private form!: HTMLFormElement;
  private list!: HTMLOListElement;
  private summary!: HTMLElement;
  private alertLine!: HTMLElement;
  private outputStatus!: HTMLElement;
  private dialog!: HTMLDialogElement;
  private groups: EntryGroup[] = [];

  connectedCallback() {
    this.form = this.querySelector('form[data-filters]')!;
    this.list = this.querySelector('[data-groups]')!;
    this.summary = this.querySelector('[data-summary]')!;
    this.alertLine = this.querySelector('[data-notes-status]')!;
    this.outputStatus = this.querySelector('[data-output-status]')!;
    this.dialog = this.querySelector('dialog[data-confirm-dialog]')!;
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('input', () => this.render());
    this.form.addEventListener('change', () => this.render());
    this.querySelector('[data-print-notes]')!.addEventListener('click', () => print());
    this.querySelector('[data-docx]')!.addEventListener('click', () => void this.downloadDocx());
    this.fillPeriods();
    this.render();
    void loadCatalogue().then((catalogue) => {
      this.catalogue = catalogue;
      const plan = this.form.elements.namedItem('plan') as HTMLSelectElement;
      for (const p of catalogue?.plans ?? []) plan.append(new Option(p.title, p.key));
      this.render();
    });
  }

  private fillPeriods() {
    const select = this.form.elements.namedItem('period') as HTMLSelectElement;
    const thisYear = dayOfInstant(Date.now()).year;
    const years = new Set<number>();
    for (const item of [...this.store.notes(), ...this.store.allReflections()]) {
      const ms = parseInstant(item.updatedAt);
      if (ms !== null) years.add(dayOfInstant(ms).year);
    }
    select.append(...periodOptions(thisYear, ''));
    for (const year of [...years].filter((y) => y < thisYear).sort((a, b) => b - a)) select.append(new Option(`${year}年`, String(year)));
    select.value = '';
  }

  private titleOf = (entry: string): string => {
    const found = this.catalogue?.entries.find((e) => e.key === entry) ?? this.catalogue?.plans.find((p) => p.key === entry);
    return found?.title ?? (this.catalogue ? `本站已不再收录的内容（${entry}）` : entry);
  };

  private urlOf(entry: string): string | null {
    return (this.catalogue?.entries.find((e) => e.key === entry) ?? this.catalogue?.plans.find((p) => p.key === entry))?.url ?? null;
  }

  private filter(): NotesFilter & { label: string } {
    const value = (name: string) => (this.form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;
    const plan = this.catalogue?.plans.find((p) => p.key === value('plan')) ?? null;
    const period = parsePeriod(value('period'));
    return {
      collection: value('collection'),
      planEntries: plan ? new Set([plan.key, ...plan.items.map((i) => i.key)]) : null,
      period,
      query: value('query'),
      label: period ? periodLabel(period) : '全部时间',
    };
  }

  private render() {
    const filter = this.filter();
    this.groups = groupNotes(this.store.notes(), this.store.allReflections(), filter, this.titleOf);
    const notes = this.groups.reduce((sum, g) => sum + g.notes.length, 0);
    const reflections = this.groups.filter((g) => g.reflection).length;
    const total = this.store.notes().length + this.store.allReflections().filter((r) => r.deletedAt === null).length;
    this.summary.textContent =
      total === 0
        ? '还没有学习笔记或学习心得。在文章页面选中文字可以划线、记笔记，文末可以写学习心得。'
        : this.groups.length === 0
          ? '没有符合条件的笔记。'
          : `${this.groups.length} 篇内容，${notes} 条笔记或划线，${reflections} 篇学习心得。`;
    const name = progressStore().settings().name;
    this.querySelector('[data-print-who]')!.textContent = `${name ? `姓名：${name}\u3000` : ''}时间：${filter.label}`;
    this.list.replaceChildren(...this.groups.map((g) => this.groupItem(g)));
    this.alertLine.textContent = this.store.status().message ?? '';
  }

  /** Replaces `container` (the actions) by an editor; saving or cancelling draws the list again. */
  private edit(container: HTMLElement, label: string, initial: string, maxLength: number, save: (text: string) => void) {
    container.replaceChildren(
      textEditor({
        label,
        initial,
        maxLength,
        rows: 4,
        saveLabel: '保存',
        onSave: (text) => {
          save(text);
          this.render();
        },
        onCancel: () => this.render(),
      }),
    );
  }

  private noteItem(note: Note): HTMLLIElement {
    const item = el('li', 'kb-note-card');
    const head = el(
      'p',
      'text-sm text-stone-700 dark:text-stone-300',
      `${note.kind === 'highlight' ? '划线' : '笔记'} · ${dateOf(note.updatedAt)}`,
    );
    const quote = el('blockquote', 'kb-note-quote', `“${note.anchor.exact}”`);
    const body = el('p', 'kb-note-body', note.body);
    body.hidden = note.body === '';
    const actions = el('div', 'flex flex-wrap gap-2');
    actions.dataset.print = 'hide';
    actions.append(
      button(note.kind === 'highlight' ? '添加笔记' : '编辑', () =>
        this.edit(actions, '笔记内容', note.body, NOTE_MAX_LENGTH, (text) => this.store.editNote(note.id, text)),
      ),
      button('删除', async () => {
        const yes = await confirmDialog(this.dialog, {
          title: note.kind === 'highlight' ? '删除这处划线？' : '删除这条笔记？',
          lead: `“${note.anchor.exact.slice(0, 120)}”`,
          lines: note.body ? [note.body.slice(0, 200)] : [],
          confirmLabel: '删除',
          cautious: true,
        });
        if (!yes) return;
        this.store.deleteNote(note.id);
        this.render();
      }),
    );
    item.append(head, quote, body, actions);
    return item;
  }

  private groupItem(group: EntryGroup): HTMLLIElement {
    const item = el('li', 'flex flex-col gap-3');
    item.dataset.notesGroup = '';
    const title = this.titleOf(group.entry);
    const url = this.urlOf(group.entry);
    const heading = el('h2', 'text-xl font-semibold');
    heading.append(url ? link(url, title, 'underline') : title);
    const collection = group.entry.split('/')[0] as CollectionName;
    const label = collections[collection]?.label ?? '';
    item.append(heading);
    if (label) item.append(el('p', 'text-sm text-stone-700 dark:text-stone-300', label));
    if (group.notes.length > 0) {
      const notes = el('ul', 'flex flex-col gap-3');
      notes.setAttribute('aria-label', `${title}的笔记`);
      notes.append(...group.notes.map((n) => this.noteItem(n)));
      item.append(notes);
    }
    const reflection = group.reflection;
    if (reflection) {
      const box = el('section', 'flex flex-col gap-2 rounded-md border border-stone-300 p-3 dark:border-stone-700');
      const id = `reflection-${group.entry.replace(/[^a-z0-9-]/g, '-')}`;
      const h = el('h3', 'font-semibold', '学习心得');
      h.id = id;
      box.setAttribute('aria-labelledby', id);
      const text = el('p', 'kb-note-body', reflection.text);
      const meta = el(
        'p',
        'text-sm text-stone-700 dark:text-stone-300',
        `${[...reflection.text].length} 字 · ${dateOf(reflection.updatedAt)}`,
      );
      const actions = el('div', 'flex flex-wrap gap-2');
      actions.dataset.print = 'hide';
      actions.append(
        button('编辑', () =>
          this.edit(actions, '学习心得', reflection.text, REFLECTION_MAX_LENGTH, (value) => this.store.setReflection(group.entry, value)),
        ),
        button('删除', async () => {
          const yes = await confirmDialog(this.dialog, {
            title: '删除这篇学习心得？',
            lead: `《${title}》的学习心得（${[...reflection.text].length} 字）将从本浏览器中删除。`,
            confirmLabel: '删除',
            cautious: true,
          });
          if (!yes) return;
          this.store.setReflection(group.entry, '');
          this.render();
        }),
      );
      box.append(h, text, meta, actions);
      item.append(box);
    }
    return item;
  }

  private async downloadDocx() {
    this.outputStatus.textContent = '正在生成 Word 文档…';
    try {
      const { notesDocx, notesDocxFileName } = await import('../../lib/notes/docx.ts');
      const filter = this.filter();
      const name = progressStore().settings().name;
      const bytes = await notesDocx({ name, periodLabel: filter.label, groups: this.groups, titleOf: this.titleOf, dateOf });
      const fileName = notesDocxFileName(name, filter.label);
      downloadBlob(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), fileName);
      this.outputStatus.textContent = `已下载“${fileName}”。`;
    } catch (error) {
      console.error(error);
      this.outputStatus.textContent = '未能生成 Word 文档，请刷新页面后重试。';
    }
  }
}

if (!customElements.get('kb-my-notes')) customElements.define('kb-my-notes', KbMyNotes);
