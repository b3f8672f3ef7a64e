import type { ProgressSnapshot } from '../../lib/progress/store.ts';
import { annualSummary } from '../../lib/progress/hours.ts';
import { periodLabel, periodsOf, type Period } from '../../lib/progress/periods.ts';
import { dayOfInstant } from '../../lib/progress/time.ts';
import { formatHours } from '../../lib/progress-view/format.ts';
import { periodStats } from '../../lib/progress-view/summary.ts';
import { ProgressSection } from '../../scripts/progress/section.ts';
import { el } from '../../scripts/dom.ts';

/** <kb-progress-summary>: this month, quarter and year at a glance, and the reader's settings. */
class KbProgressSummary extends ProgressSection {
  private cards!: HTMLElement;
  private form!: HTMLFormElement;
  private nameInput!: HTMLInputElement;
  private targetInput!: HTMLInputElement;
  private saved!: HTMLElement;
  private error!: HTMLElement;

  protected override setup() {
    this.cards = this.find('[data-cards]');
    this.form = this.find<HTMLFormElement>('form[data-settings]');
    this.nameInput = this.find<HTMLInputElement>('#member-name');
    this.targetInput = this.find<HTMLInputElement>('#annual-target');
    this.saved = this.find('[data-settings-saved]');
    this.error = this.find('[data-settings-error]');
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.saveSettings();
    });
  }

  private saveSettings() {
    const target = Number(this.targetInput.value);
    const result = this.store.setSettings({
      name: this.nameInput.value,
      annualTarget: this.targetInput.value.trim() === '' ? Number.NaN : target,
    });
    this.saved.textContent = '';
    this.error.textContent = '';
    if (result.ok) this.saved.textContent = this.store.status().persistent ? '设置已保存。' : '设置已更新，但未能保存在本机。';
    else {
      this.error.textContent = result.message;
      (result.code === 'invalid-name' ? this.nameInput : this.targetInput).focus();
    }
  }

  protected render({ state }: ProgressSnapshot) {
    const { settings } = state;
    if (document.activeElement !== this.nameInput) this.nameInput.value = settings.name;
    if (document.activeElement !== this.targetInput) this.targetInput.value = String(settings.annualTarget);

    if (!this.catalogueSettled) return;
    const catalogue = this.catalogue?.entries ?? [];
    const today = dayOfInstant(this.now());
    const periods = periodsOf(today);
    const cards: [string, Period][] = [
      ['本月', periods.month],
      ['本季度', periods.quarter],
      ['本年度', periods.year],
    ];
    this.cards.replaceChildren(
      ...cards.map(([title, period]) => {
        const stats = periodStats(state.records, catalogue, this.index, period);
        const li = el('li', 'flex flex-col gap-1 rounded-lg border border-stone-300 p-4 dark:border-stone-700');
        li.dataset.period = period.kind;
        const h = el('h3', 'text-lg font-semibold', title);
        h.append(el('span', 'ml-2 text-sm font-normal text-stone-700 dark:text-stone-300', periodLabel(period)));
        li.append(h, el('p', undefined, `已读 ${stats.read} 篇 · 参加培训 ${stats.attended} 次`));
        if (period.kind !== 'year') {
          li.append(el('p', 'text-2xl font-bold tabular-nums', `${formatHours(stats.hours)} 学时`));
          return li;
        }
        const year = annualSummary(state.records, catalogue, period.year, settings.annualTarget);
        const line = el('p', 'text-2xl font-bold tabular-nums', `${formatHours(year.earned)} / ${formatHours(year.target)} 学时`);
        line.id = 'annual-hours';
        const meter = el('progress', 'kb-meter');
        meter.max = 100;
        meter.value = year.percent;
        meter.setAttribute('aria-labelledby', 'annual-hours');
        const left = year.met ? '已达到年度目标学时。' : `已完成 ${year.percent}%，还需 ${formatHours(year.remaining)} 学时。`;
        li.append(line, meter, el('p', 'text-sm', left));
        return li;
      }),
    );
    if (!this.catalogue) this.cards.append(el('li', 'text-sm sm:col-span-3', '未能载入本站目录，学时暂时无法统计；阅读记录不受影响。'));
  }
}

if (!customElements.get('kb-progress-summary')) customElements.define('kb-progress-summary', KbProgressSummary);
