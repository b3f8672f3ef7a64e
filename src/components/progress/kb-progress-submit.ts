import type { ProgressSnapshot } from '../../lib/progress/store.ts';
import { exportJson, memberFileName } from '../../lib/progress/export-json.ts';
import { ProgressSection } from '../../scripts/progress/section.ts';
import { download } from '../../scripts/download.ts';
import { safeStorage } from '../../scripts/safe-storage.ts';
import { notesStore } from '../../scripts/progress/notes-instance.ts';

/** The 党支部/党小组 last chosen here; only a convenience, kept apart from the record. */
const BRANCH_KEY = 'xxyd:submit-branch';

/**
 * <kb-progress-submit>: 报送支部. Saves the member's record in the export format, with the
 * 党支部/党小组 chosen, as 学习记录-<姓名>-<日期>.json. Asks for 姓名 when it is empty and
 * keeps it in the settings.
 */
class KbProgressSubmit extends ProgressSection {
  private nameInput!: HTMLInputElement;
  private branchSelect: HTMLSelectElement | null = null;
  private statusLine!: HTMLElement;
  private alertLine!: HTMLElement;

  protected override setup() {
    this.nameInput = this.find<HTMLInputElement>('#submit-name');
    this.branchSelect = this.querySelector<HTMLSelectElement>('#submit-branch');
    this.statusLine = this.find('[data-submit-status]');
    this.alertLine = this.find('[data-submit-alert]');
    // Storage blocked: the member chooses each time.
    const last = safeStorage.get(BRANCH_KEY);
    if (this.branchSelect && last && [...this.branchSelect.options].some((o) => o.value === last)) this.branchSelect.value = last;
    this.find<HTMLFormElement>('form[data-submit-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
  }

  protected render({ state }: ProgressSnapshot) {
    if (document.activeElement !== this.nameInput && this.nameInput.value.trim() === '') this.nameInput.value = state.settings.name;
  }

  private refuse(text: string, field: HTMLElement) {
    this.statusLine.textContent = '';
    this.alertLine.textContent = text;
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  }

  private submit() {
    this.nameInput.removeAttribute('aria-invalid');
    this.branchSelect?.removeAttribute('aria-invalid');
    const name = this.nameInput.value.trim();
    if (!name) return this.refuse('请先填写姓名：支部台账按姓名列出每位成员。', this.nameInput);
    const hidden = this.querySelector<HTMLInputElement>('input[name="branch"]');
    const branch = this.branchSelect ? this.branchSelect.value : (hidden?.value ?? '');
    if (this.branchSelect && !branch) return this.refuse('请选择党支部/党小组。', this.branchSelect);
    if (name !== this.store.settings().name) {
      const saved = this.store.setSettings({ name });
      if (!saved.ok) return this.refuse(saved.message, this.nameInput);
    }
    // Not kept when storage is blocked or full: asked again next time.
    safeStorage.set(BRANCH_KEY, branch);
    const now = this.now();
    const fileName = memberFileName(name, now);
    // 学习心得 go to the branch only when the member says so; notes never do.
    const attach = this.find<HTMLInputElement>('input[name="reflections"]').checked;
    const reflections = attach
      ? notesStore()
          .allReflections()
          .filter((r) => r.deletedAt === null)
      : [];
    download(exportJson(this.store.state(), now, branch, { notes: [], reflections }), fileName, 'application/json');
    this.alertLine.textContent = '';
    const parts = [`${this.store.all().size} 条记录`, ...(attach ? [`${reflections.length} 篇学习心得`] : []), ...(branch ? [branch] : [])];
    this.statusLine.textContent = `已保存“${fileName}”（${parts.join('，')}），请交给支部书记。`;
  }
}

if (!customElements.get('kb-progress-submit')) customElements.define('kb-progress-submit', KbProgressSubmit);
