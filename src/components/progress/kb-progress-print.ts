import type { ProgressSnapshot } from '../../lib/progress/store.ts';
import { parsePeriod } from '../../lib/progress/periods.ts';
import { dayOfInstant, formatDay } from '../../lib/progress/time.ts';
import { formatHours } from '../../lib/progress-view/format.ts';
import { printSheet } from '../../lib/progress-view/print-sheet.ts';
import { activeYears } from '../../lib/progress-view/summary.ts';
import { ProgressSection } from '../../scripts/progress/section.ts';
import { el } from '../../scripts/dom.ts';
import { whenIdle } from '../../scripts/idle.ts';
import { periodOptions } from '../../scripts/progress/period-options.ts';

/**
 * <kb-progress-print>: 打印学习档案. The reader picks a year and a month, quarter or the whole
 * year; the sheet (个人学习情况表) is previewed on screen and printed alone on A4.
 *
 * After a busy year the sheet has thousands of rows, so it is drawn in a task of its own once the
 * page is idle, and not in the task that draws the rest of 我的学习 (bench/README.md: the longest
 * task). It is drawn at once when the reader changes the period, and before anything prints.
 */
class KbProgressPrint extends ProgressSection {
  private year!: HTMLSelectElement;
  private period!: HTMLSelectElement;
  /** The records the sheet is still to be drawn from, while a draw waits for the page to be idle. */
  private undrawn: ProgressSnapshot | null = null;
  private readonly drawNow = () => {
    if (this.undrawn) this.draw(this.undrawn);
  };

  protected override setup() {
    this.year = this.find<HTMLSelectElement>('#print-year');
    this.period = this.find<HTMLSelectElement>('#print-period');
    const redraw = () => this.draw(this.store.snapshot());
    this.year.addEventListener('change', redraw);
    this.period.addEventListener('change', redraw);
    this.find('[data-print-button]').addEventListener('click', () => window.print());
    // Whatever prints (the button, Ctrl+P, the browser's menu), the sheet is complete first.
    window.addEventListener('beforeprint', this.drawNow);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.drawNow);
  }

  protected render(snapshot: ProgressSnapshot) {
    if (!this.catalogueSettled) return;
    const waiting = this.undrawn !== null;
    this.undrawn = snapshot;
    if (waiting) return;
    whenIdle(this.drawNow, 500, 50);
  }

  private draw({ state }: ProgressSnapshot) {
    this.undrawn = null;
    if (!this.catalogueSettled) return;
    const today = dayOfInstant(this.now());
    const years = activeYears(state.records, this.index, today.year);
    const year = years.includes(Number(this.year.value)) ? Number(this.year.value) : today.year;
    this.year.replaceChildren(...years.map((y) => new Option(`${y}年`, String(y), false, y === year)));

    // Keep the kind of period (year, Qn, month n) when the year changes.
    this.period.replaceChildren(...periodOptions(year, this.period.value));

    const period = parsePeriod(this.period.value) ?? { kind: 'year' as const, year };
    const sheet = printSheet(state.records, this.catalogue?.entries ?? [], period);
    this.find('[data-sheet-period]').textContent = `统计期间：${sheet.label}`;
    const name = this.find('[data-sheet-name]');
    name.textContent = state.settings.name;
    name.classList.toggle('kb-signature', state.settings.name === '');
    this.find('[data-sheet-date]').textContent = `打印日期：${formatDay(today)}`;
    const body = this.find('[data-sheet-rows]');
    body.replaceChildren(
      ...(sheet.rows.length === 0
        ? [emptyRow()]
        : sheet.rows.map((row) => {
            const tr = el('tr');
            tr.append(
              ...(
                [
                  ['序号', 'kb-num', String(row.index)],
                  ['标题', undefined, row.title],
                  ['栏目', undefined, `${row.collection}（${row.how}）`],
                  ['完成日期', 'kb-num', row.date],
                  ['学时', 'kb-num', formatHours(row.hours)],
                ] as const
              ).map(([label, cls, text]) => {
                // The column name, shown before the value when a narrow screen stacks the row.
                const td = el('td', cls, text);
                td.dataset.label = label;
                return td;
              }),
            );
            return tr;
          })),
    );
    this.find('[data-sheet-count]').textContent = `合计 ${sheet.rows.length} 项`;
    this.find('[data-sheet-total]').textContent = formatHours(sheet.totalHours);
  }
}

function emptyRow(): HTMLTableRowElement {
  const tr = el('tr');
  const td = el('td', undefined, '本期间没有计入学时的学习记录。');
  td.colSpan = 5;
  tr.append(td);
  return tr;
}

if (!customElements.get('kb-progress-print')) customElements.define('kb-progress-print', KbProgressPrint);
