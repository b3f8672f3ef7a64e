import type { ProgressSnapshot } from '../../lib/progress/store.ts';
import { annualSummary } from '../../lib/progress/hours.ts';
import { dayOfInstant } from '../../lib/progress/time.ts';
import { monthlyChart, type ChartBox } from '../../lib/progress-view/chart.ts';
import { formatHours } from '../../lib/progress-view/format.ts';
import { activeYears } from '../../lib/progress-view/summary.ts';
import { ProgressSection } from '../../scripts/progress/section.ts';
import { el } from '../../scripts/dom.ts';

const SVG = 'http://www.w3.org/2000/svg';
const BOX: ChartBox = { width: 480, height: 240, left: 36, bottom: 26, top: 20 };

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  className?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (className) node.setAttribute('class', className);
  return node;
}

/** <kb-progress-chart>: 学时 per month of a chosen year, as an SVG bar chart and the same numbers in a table. */
class KbProgressChart extends ProgressSection {
  private select!: HTMLSelectElement;

  protected override setup() {
    this.select = this.find<HTMLSelectElement>('#chart-year');
    this.select.addEventListener('change', () => this.render(this.store.snapshot()));
  }

  protected render({ state }: ProgressSnapshot) {
    if (!this.catalogueSettled) return;
    const catalogue = this.catalogue?.entries ?? [];
    const current = dayOfInstant(this.now()).year;
    const years = activeYears(state.records, this.index, current);
    const chosen = Number(this.select.value) || current;
    this.select.replaceChildren(...years.map((y) => new Option(`${y}年`, String(y), false, y === chosen)));
    const year = years.includes(chosen) ? chosen : current;
    const summary = annualSummary(state.records, catalogue, year, state.settings.annualTarget);
    this.drawChart(year, summary.byMonth, summary.earned);
    this.fillTable(year, summary.byMonth, summary.earned);
  }

  private drawChart(year: number, byMonth: readonly number[], total: number) {
    const chart = monthlyChart(byMonth, BOX);
    const root = this.find('[data-chart]') as unknown as SVGSVGElement;
    const title = svg('title', { id: 'chart-title' });
    title.textContent = `${year}年每月学时柱状图`;
    const peak = Math.max(...chart.bars.map((b) => b.value));
    const desc = svg('desc', { id: 'chart-desc' });
    desc.textContent =
      total > 0
        ? `全年共 ${formatHours(total)} 学时，最多的月份为 ${chart.bars
            .filter((b) => b.value === peak)
            .map((b) => `${b.month}月`)
            .join('、')}（${formatHours(peak)} 学时）。各月数字见旁边的表格。`
        : '这一年还没有学时记录。';
    const parts: SVGElement[] = [title, desc];
    for (const tick of chart.ticks) {
      parts.push(svg('line', { x1: BOX.left, x2: BOX.width, y1: tick.y, y2: tick.y }, 'stroke-stone-300 dark:stroke-stone-700'));
      const label = svg(
        'text',
        { x: BOX.left - 6, y: tick.y + 4, 'text-anchor': 'end', 'font-size': 12 },
        'fill-stone-700 dark:fill-stone-300',
      );
      label.textContent = formatHours(tick.value);
      parts.push(label);
    }
    for (const bar of chart.bars) {
      if (bar.height > 0)
        parts.push(svg('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, rx: 2 }, 'fill-brand-700 dark:fill-brand-300'));
      const month = svg(
        'text',
        { x: bar.centre, y: BOX.height - 8, 'text-anchor': 'middle', 'font-size': 12 },
        'fill-stone-700 dark:fill-stone-300',
      );
      month.textContent = `${bar.month}月`;
      parts.push(month);
      if (bar.value > 0) {
        const value = svg(
          'text',
          { x: bar.centre, y: bar.y - 4, 'text-anchor': 'middle', 'font-size': 12 },
          'fill-stone-900 dark:fill-stone-100',
        );
        value.textContent = formatHours(bar.value);
        parts.push(value);
      }
    }
    root.replaceChildren(...parts);
  }

  private fillTable(year: number, byMonth: readonly number[], total: number) {
    this.find('[data-chart-caption]').textContent = `${year}年每月学时`;
    this.find('[data-chart-rows]').replaceChildren(
      ...byMonth.map((hours, i) => {
        const tr = el('tr', 'border-b border-stone-200 dark:border-stone-800');
        const th = el('th', 'py-1 pr-4 text-left font-normal', `${i + 1}月`);
        th.scope = 'row';
        tr.append(th, el('td', 'py-1 text-right tabular-nums', formatHours(hours)));
        return tr;
      }),
    );
    this.find('[data-chart-total]').textContent = formatHours(total);
  }
}

if (!customElements.get('kb-progress-chart')) customElements.define('kb-progress-chart', KbProgressChart);
