import { readMemberFiles, MAX_MEMBER_FILE_BYTES, type LoadedFiles, type MemberFileInput } from '../../lib/ledger/members.ts';
import { buildLedger, lastFullMonth, type Ledger } from '../../lib/ledger/ledger.ts';
import { ledgerCsv, ledgerFileName, ledgerSheets, type Sheet, type SheetTable } from '../../lib/ledger/sheets.ts';
import { decodeSavedLedger, encodeSavedLedger, LEDGER_STORAGE_KEY } from '../../lib/ledger/saved.ts';
import { formatPeriod, parsePeriod } from '../../lib/progress/periods.ts';
import { dayText } from '../../lib/progress-view/format.ts';
import { dayOfInstant } from '../../lib/progress/time.ts';
import type { Catalogue } from '../../lib/catalogue.ts';
import { loadCatalogue } from '../catalogue.ts';
import { el } from '../dom.ts';
import { download, downloadBlob } from '../download.ts';
import { periodOptions } from '../progress/period-options.ts';
import { safeStorage } from '../safe-storage.ts';

/** A table of one view; text only, never HTML. The first column heads its row. */
function renderTable(table: SheetTable): HTMLElement {
  const wrap = el('div', 'overflow-x-auto');
  const t = el('table', 'text-sm');
  t.append(el('caption', 'text-left font-semibold', table.caption));
  const thead = el('thead');
  for (const head of table.head) {
    const tr = el('tr');
    for (const cell of head) {
      const th = el('th', undefined, String(cell));
      th.scope = 'col';
      tr.append(th);
    }
    thead.append(tr);
  }
  const tbody = el('tbody');
  for (const row of table.body) {
    const tr = el('tr');
    row.forEach((cell, index) => {
      if (index === 0) {
        const th = el('th', undefined, String(cell));
        th.scope = 'row';
        tr.append(th);
      } else tr.append(el('td', typeof cell === 'number' ? 'kb-num' : undefined, String(cell)));
    });
    tbody.append(tr);
  }
  t.append(thead, tbody);
  wrap.append(t);
  return wrap;
}

/**
 * <kb-ledger>: the 支部台账. Reads members' files in this browser only, checks each with the
 * import validator, and shows 成员概况, 计划完成 and 支部合计 for a period, with Excel, CSV and
 * print outputs. Nothing is stored unless 保存本次台账 is pressed.
 */
class KbLedger extends HTMLElement {
  private inputs: MemberFileInput[] = [];
  private loaded: LoadedFiles = { members: [], refused: [], notes: [] };
  private catalogue: Catalogue | null = null;
  private ledger: Ledger | null = null;
  private sheets: Sheet[] = [];

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`kb-ledger: missing ${selector}`);
    return found;
  }

  connectedCallback() {
    const fileInput = this.find<HTMLInputElement>('#ledger-files');
    fileInput.addEventListener('change', () => {
      void this.addFiles([...(fileInput.files ?? [])]).finally(() => (fileInput.value = ''));
    });
    const zone = this.find('[data-drop-zone]');
    zone.addEventListener('dragover', (event) => event.preventDefault());
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      void this.addFiles([...(event.dataTransfer?.files ?? [])]);
    });
    const start = lastFullMonth(Date.now());
    const year = this.find<HTMLInputElement>('#ledger-year');
    year.value = String(start.year);
    this.fillPeriods(formatPeriod(start));
    year.addEventListener('change', () => {
      this.fillPeriods(this.find<HTMLSelectElement>('#ledger-period').value);
      this.update();
    });
    for (const selector of ['#ledger-period', '#ledger-branch', '#ledger-roster', '#ledger-preparer']) {
      this.querySelector(selector)?.addEventListener(
        selector === '#ledger-period' || selector === '#ledger-branch' ? 'change' : 'input',
        () => this.update(),
      );
    }
    this.find('[data-export-xlsx]').addEventListener('click', () => void this.exportXlsx());
    this.find('[data-export-csv]').addEventListener('click', () => this.exportCsv());
    this.find('[data-print-ledger]').addEventListener('click', () => window.print());
    this.find('[data-save-ledger]').addEventListener('click', () => this.save());
    this.find('[data-clear-ledger]').addEventListener('click', () => this.clearSaved());
    this.restore();
    void loadCatalogue().then((catalogue) => {
      this.catalogue = catalogue;
      if (!catalogue) this.say('未能载入本站目录，无法统计学时和计划，请刷新页面重试。');
      this.update();
    });
  }

  /** The periods of the chosen year, keeping the kind (month n, quarter n, year) chosen before. */
  private fillPeriods(previousValue: string) {
    const year = Number(this.find<HTMLInputElement>('#ledger-year').value) || new Date().getFullYear();
    this.find<HTMLSelectElement>('#ledger-period').replaceChildren(...periodOptions(year, previousValue));
  }

  private say(text: string) {
    this.find('[data-output-status]').textContent = text;
  }

  private async addFiles(files: File[]) {
    if (files.length === 0) return;
    const read = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        size: file.size,
        text: file.size > MAX_MEMBER_FILE_BYTES ? '' : await file.text().catch(() => ''),
      })),
    );
    const names = new Set(read.map((f) => f.name));
    this.inputs = [...this.inputs.filter((f) => !names.has(f.name)), ...read];
    this.reload();
  }

  private reload() {
    this.loaded = readMemberFiles(this.inputs);
    const { members, refused } = this.loaded;
    this.find('[data-files-status]').textContent =
      `已读取 ${this.inputs.length} 个文件：${members.length} 位成员${refused.length > 0 ? `，${refused.length} 个文件未能使用` : ''}。`;
    const list = this.find('[data-files-list]');
    list.replaceChildren(
      ...members.map((m) =>
        el(
          'li',
          undefined,
          `已载入：${m.file} — ${m.label}${m.branch ? `（${m.branch}）` : ''}，${dayText(dayOfInstant(Date.parse(m.exportedAt)))}导出`,
        ),
      ),
      ...this.loaded.notes.map((n) => el('li', 'text-amber-900 dark:text-amber-200', `提示：${n.file} — ${n.message}`)),
      ...refused.map((r) => el('li', 'font-medium text-red-800 dark:text-red-300', `未使用：${r.file} — ${r.message}`)),
    );
    this.update();
  }

  private update() {
    const period = parsePeriod(this.find<HTMLSelectElement>('#ledger-period').value) ?? lastFullMonth(Date.now());
    const branch = this.querySelector<HTMLSelectElement>('#ledger-branch')?.value ?? this.dataset.branch ?? '';
    const roster = this.find<HTMLTextAreaElement>('#ledger-roster').value.split(/\r?\n/);
    const preparer = this.find<HTMLInputElement>('#ledger-preparer').value.trim();
    this.ledger = buildLedger(this.loaded.members, this.catalogue ?? { entries: [], plans: [] }, {
      period,
      branch,
      roster,
      now: Date.now(),
    });
    this.sheets = ledgerSheets(this.ledger);
    this.find('[data-sheet-branch]').textContent = branch ? `\u3000${branch}` : '';
    this.find('[data-sheet-period]').textContent = `统计期间：${this.ledger.periodLabel}`;
    this.find('[data-sheet-preparer]').textContent = preparer;
    this.find('[data-sheet-date]').textContent = dayText(dayOfInstant(Date.now()));
    const empty = this.loaded.members.length === 0;
    this.find('[data-sheet-empty]').hidden = !empty;
    this.find('[data-sheet-views]').replaceChildren(
      ...(empty
        ? []
        : this.sheets.map((sheet, index) => {
            const section = el('section', 'flex flex-col gap-3');
            const id = `ledger-view-${index}`;
            section.setAttribute('aria-labelledby', id);
            const heading = el('h3', 'text-xl font-bold', sheet.name);
            heading.id = id;
            section.append(heading, ...sheet.tables.map(renderTable));
            return section;
          })),
    );
  }

  private sheetTitle(): string {
    return `支部学习情况汇总表 ${this.dataset.organisation ?? ''}${this.ledger?.branch ? ` ${this.ledger.branch}` : ''} ${this.ledger?.periodLabel ?? ''}`;
  }

  private async exportXlsx() {
    if (!this.ledger) return;
    this.say('正在生成 Excel 文件…');
    try {
      const { ledgerWorkbook } = await import('./xlsx.ts');
      downloadBlob(await ledgerWorkbook(this.sheets, this.sheetTitle()), ledgerFileName(this.ledger, 'xlsx'));
      this.say('已导出 Excel 文件（每个视图一张工作表）。');
    } catch (error) {
      console.error(error);
      this.say('未能生成 Excel 文件，可以改用“导出 CSV”。');
    }
  }

  private exportCsv() {
    if (!this.ledger) return;
    download(ledgerCsv(this.ledger), ledgerFileName(this.ledger, 'csv'), 'text/csv;charset=utf-8');
    this.say('已导出 CSV 文件。');
  }

  private save() {
    const text = encodeSavedLedger({
      files: this.inputs.filter((f) => f.text).map((f) => ({ name: f.name, text: f.text })),
      roster: this.find<HTMLTextAreaElement>('#ledger-roster').value,
      preparer: this.find<HTMLInputElement>('#ledger-preparer').value,
    });
    if (safeStorage.set(LEDGER_STORAGE_KEY, text))
      this.say(`已在本浏览器保存本次台账（${this.inputs.length} 个文件），下次打开本页时自动载入。`);
    else this.say('未能保存：浏览器存储不可用或空间不足。可以导出 Excel 留存。');
  }

  private clearSaved() {
    // Blocked storage kept nothing to clear.
    safeStorage.remove(LEDGER_STORAGE_KEY);
    this.say('已清除本浏览器中保存的台账。');
  }

  private restore() {
    let saved = null;
    try {
      saved = decodeSavedLedger(safeStorage.get(LEDGER_STORAGE_KEY));
    } catch {
      // Unreadable: as if nothing was saved.
    }
    if (!saved) return;
    this.find<HTMLTextAreaElement>('#ledger-roster').value = saved.roster;
    this.find<HTMLInputElement>('#ledger-preparer').value = saved.preparer;
    this.inputs = saved.files.map((f) => ({ name: f.name, text: f.text, size: new Blob([f.text]).size }));
    this.reload();
    this.say(`已载入上次保存的台账（${saved.files.length} 个文件）。`);
  }
}

if (!customElements.get('kb-ledger')) customElements.define('kb-ledger', KbLedger);
