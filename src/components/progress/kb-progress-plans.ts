import type { ProgressSnapshot } from '../../lib/progress/store.ts';
import { planProgress } from '../../lib/progress/plans.ts';
import { dayText } from '../../lib/progress-view/format.ts';
import { planSummary } from '../../lib/progress-view/plan-view.ts';
import { ProgressSection } from '../../scripts/progress/section.ts';
import { badge, el, link } from '../../scripts/dom.ts';

/** <kb-progress-plans>: every 学习计划 with the reader's completion, 已逾期 items and the next item. */
class KbProgressPlans extends ProgressSection {
  protected render({ state }: ProgressSnapshot) {
    const list = this.find('[data-plans]');
    if (!this.catalogueSettled) return;
    if (!this.catalogue) {
      list.replaceChildren(el('li', undefined, '未能载入学习计划，请稍后刷新页面。'));
      return;
    }
    if (this.catalogue.plans.length === 0) {
      list.replaceChildren(el('li', undefined, '暂无学习计划。'));
      return;
    }
    const now = this.now();
    list.replaceChildren(
      ...this.catalogue.plans.map((plan, i) => {
        const progress = planProgress(plan.items, state.records, now);
        const summary = planSummary(progress);
        const li = el('li', 'flex flex-col gap-2 rounded-lg border border-stone-300 p-4 dark:border-stone-700');
        li.dataset.entryKey = plan.key;
        const h = el('h3', 'text-lg font-semibold');
        h.append(link(plan.url, plan.title));
        const line = el('p', 'flex flex-wrap items-center gap-2');
        const requiredId = `plan-${i}-required`;
        const required = el(
          'span',
          undefined,
          `${plan.periodLabel} · ${summary.required}${summary.optional ? ` · ${summary.optional}` : ''}`,
        );
        required.id = requiredId;
        line.append(required);
        if (summary.done) line.append(badge({ label: summary.done, tone: 'read' }));
        if (summary.overdue) line.append(badge({ label: summary.overdue, tone: 'overdue' }));
        const meter = el('progress', 'kb-meter');
        meter.max = 100;
        meter.value = progress.percent;
        meter.setAttribute('aria-labelledby', requiredId);
        li.append(h, line, meter);
        const next = progress.next ? this.index.get(progress.next.key) : undefined;
        if (progress.next && next) {
          const p = el('p', 'text-sm');
          p.append(
            '下一项：',
            link(next.url, next.title),
            `（${progress.next.requirement}，完成期限 ${dayText(String(progress.next.due))}）`,
          );
          li.append(p);
        }
        return li;
      }),
    );
  }
}

if (!customElements.get('kb-progress-plans')) customElements.define('kb-progress-plans', KbProgressPlans);
