import { FONT_SCALE_KEY, THEME_KEY } from '../../lib/preferences.ts';
import type { ProgressSnapshot } from '../../lib/progress/store.ts';
import { exportFileName, exportJson } from '../../lib/progress/export-json.ts';
import { exportCsv } from '../../lib/progress/export-csv.ts';
import { planImport } from '../../lib/progress/merge.ts';
import { describeImportPlan, importDoneMessage } from '../../lib/progress-view/import-summary.ts';
import { dayText } from '../../lib/progress-view/format.ts';
import { dayOfInstant, parseInstant } from '../../lib/progress/time.ts';
import { loadCatalogue } from '../../scripts/catalogue.ts';
import { confirmDialog } from '../../scripts/progress/confirm-dialog.ts';
import { ProgressSection } from '../../scripts/progress/section.ts';
import { download } from '../../scripts/download.ts';
import { safeStorage } from '../../scripts/safe-storage.ts';
import { notesStore } from '../../scripts/progress/notes-instance.ts';

/** Removes this site's offline copies (service-worker caches) and display settings from this browser. */
async function clearOfflineAndDisplay(): Promise<void> {
  for (const key of [THEME_KEY, FONT_SCALE_KEY]) safeStorage.remove(key);
  if (!('caches' in window)) return;
  try {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('xxyd-')).map((n) => caches.delete(n)));
  } catch {
    // No cache storage (private window): nothing to clear.
  }
}

/**
 * <kb-progress-data>: 导出 (JSON, CSV), 导入 with a confirmation of what changes, 清除本机记录,
 * and, when stored data could not be read, a way to keep a copy of it and start again.
 */
class KbProgressData extends ProgressSection {
  private fileInput!: HTMLInputElement;
  private dialog!: HTMLDialogElement;
  private statusLine!: HTMLElement;
  private alertLine!: HTMLElement;
  private busy = false;

  protected override setup() {
    this.fileInput = this.find<HTMLInputElement>('#import-file');
    this.dialog = this.find<HTMLDialogElement>('dialog[data-confirm-dialog]');
    this.statusLine = this.find('[data-data-status]');
    this.alertLine = this.find('[data-data-alert]');
    this.find('[data-export-json]').addEventListener('click', () => this.exportJson());
    this.find('[data-export-csv]').addEventListener('click', () => void this.exportCsv());
    this.fileInput.addEventListener('change', () => void this.importFile());
    this.find('[data-clear]').addEventListener('click', () => void this.clearAll());
    this.find('[data-download-raw]').addEventListener('click', () => this.downloadRaw());
    this.find('[data-discard]').addEventListener('click', () => void this.discard());
  }

  protected render({ status }: ProgressSnapshot) {
    this.find('[data-repair]').hidden = status.problem !== 'unreadable';
  }

  private say(text: string) {
    this.alertLine.textContent = '';
    this.statusLine.textContent = text;
  }

  private refuse(text: string) {
    this.statusLine.textContent = '';
    this.alertLine.textContent = text;
  }

  private exportJson() {
    const now = this.now();
    const notes = notesStore();
    download(
      exportJson(this.store.state(), now, '', { notes: notes.allNotes(), reflections: notes.allReflections() }),
      exportFileName(now, 'json'),
      'application/json',
    );
    const noteCount = notes.notes().length;
    this.say(`已导出 ${this.store.all().size} 条记录${noteCount > 0 ? `和 ${noteCount} 条笔记` : ''}（JSON）。`);
  }

  private async exportCsv() {
    const catalogue = await loadCatalogue();
    const now = this.now();
    download(exportCsv(this.store.state(), catalogue?.entries ?? []), exportFileName(now, 'csv'), 'text/csv;charset=utf-8');
    this.say(catalogue ? '已导出 CSV 表格。' : '已导出 CSV 表格；未能载入本站目录，标题一栏显示为条目标识。');
  }

  private async importFile() {
    const file = this.fileInput.files?.[0];
    if (!file || this.busy) return;
    this.busy = true;
    try {
      await this.importChecked(file);
    } catch {
      this.refuse('未导入：读取文件时出错。本机记录没有任何改动。');
    } finally {
      this.fileInput.value = '';
      this.busy = false;
    }
  }

  private async importChecked(file: File) {
    // The checker pulls in zod: loaded only when a file is chosen.
    const { parseImport, MAX_IMPORT_BYTES } = await import('../../lib/progress/import.ts');
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const result = parseImport(text, file.size);
    if (!result.ok) {
      this.refuse(`未导入：${result.error.message}本机记录没有任何改动。`);
      return;
    }
    const incoming = result.value.state;
    const catalogue = await loadCatalogue();
    const known = catalogue ? catalogue.entries.map((e) => e.key) : [...incoming.records.keys()];
    const plan = planImport(this.store.state(), incoming, known);
    const exported = parseInstant(result.value.exportedAt);
    const ok = await confirmDialog(this.dialog, {
      title: '确认导入学习记录',
      lead: `文件“${file.name}”${exported === null ? '' : `（导出于 ${dayText(dayOfInstant(exported))}）`}共有 ${incoming.records.size} 条记录。导入后，每篇内容保留较新的一条记录：`,
      lines: describeImportPlan(plan, catalogue !== null),
      confirmLabel: '确认导入',
    });
    if (!ok) {
      this.say('已取消导入，本机记录没有改动。');
      return;
    }
    const done = importDoneMessage(plan, this.store.importMerge(incoming));
    const { notes, reflections } = result.value;
    if (notes.length === 0 && reflections.length === 0) {
      this.say(done);
      return;
    }
    // Notes and 学习心得 (export v4) merge per note: the newer edit wins, deletions are kept.
    const merged = notesStore().merge(notes, reflections);
    this.say(
      `${done} 笔记：新增 ${merged.notes.added} 条，更新 ${merged.notes.updated} 条，删除 ${merged.notes.deleted} 条；学习心得 ${merged.reflections.added + merged.reflections.updated} 篇有更新。`,
    );
  }

  private async clearAll() {
    const ok = await confirmDialog(this.dialog, {
      title: '清除本机记录',
      lead: `将删除本浏览器中的全部 ${this.store.all().size} 条学习记录、学习笔记和个人设置，以及离线保存的页面和显示设置（字号、主题），无法恢复。建议先导出 JSON 备份。`,
      confirmLabel: '确认清除',
      cautious: true,
    });
    if (!ok) {
      this.say('已取消，本机记录没有改动。');
      return;
    }
    const recordsCleared = this.store.clear();
    const notesCleared = notesStore().clear();
    const cleared = recordsCleared && notesCleared;
    await clearOfflineAndDisplay();
    this.say(cleared ? '已清除本机的学习记录、离线保存的页面和显示设置。' : '已清除本页中的记录，但浏览器存储未能清除，请检查浏览器设置。');
  }

  private downloadRaw() {
    const raw = this.store.unreadableRaw();
    if (raw === null) return;
    download(raw, exportFileName(this.now(), 'json').replace('.json', '-unreadable.txt'), 'text/plain');
  }

  private async discard() {
    const ok = await confirmDialog(this.dialog, {
      title: '重新开始记录',
      lead: '将用本页打开以来的记录替换浏览器中无法读取的数据。如果需要，请先下载原始数据。',
      confirmLabel: '重新开始记录',
      cautious: true,
    });
    if (ok) this.say(this.store.discardUnreadable() ? '已重新开始记录。' : '仍未能保存，请检查浏览器设置。');
  }
}

if (!customElements.get('kb-progress-data')) customElements.define('kb-progress-data', KbProgressData);
