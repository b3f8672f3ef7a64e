// Period choices for a <select>, shared by 打印学习档案 on 我的学习 and the 支部学习台账 page (kept out of
// dom.ts, which article pages load).
import { parsePeriod } from '../../lib/progress/periods.ts';
import { printPeriods } from '../../lib/progress-view/print-sheet.ts';
import { el } from '../dom.ts';

/**
 * The period choices of `year` (the year, its quarters and months, grouped), as <optgroup>s for a
 * <select>. The kind of `previousValue` (year, Qn, month n) stays selected when the year changes.
 */
export function periodOptions(year: number, previousValue: string): HTMLOptGroupElement[] {
  const previous = parsePeriod(previousValue);
  const kept =
    previous?.kind === 'quarter'
      ? `${year}-Q${previous.quarter}`
      : previous?.kind === 'month'
        ? `${year}-${String(previous.month).padStart(2, '0')}`
        : String(year);
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const choice of printPeriods(year)) {
    let group = groups.get(choice.group);
    if (!group) {
      group = el('optgroup');
      group.label = choice.group;
      groups.set(choice.group, group);
    }
    group.append(new Option(choice.label, choice.value, false, choice.value === kept));
  }
  return [...groups.values()];
}
