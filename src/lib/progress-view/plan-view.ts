import type { PlanProgress } from '../progress/plans.ts';

/** Short texts for a plan's completion, shared by plan pages, the plan list and /progress/. */
export interface PlanSummary {
  /** 必学完成 2 / 4 (or 无必学内容). */
  readonly required: string;
  /** 选学完成 1 / 2, or null when the plan has none. */
  readonly optional: string | null;
  /** 已逾期 1 项, or null. */
  readonly overdue: string | null;
  /** 必学已全部完成, or null. */
  readonly done: string | null;
}

export function planSummary(progress: PlanProgress): PlanSummary {
  const { required, optional, overdue, complete } = progress;
  return {
    required: required.total === 0 ? '无必学内容' : `必学完成 ${required.done} / ${required.total}`,
    optional: optional.total === 0 ? null : `选学完成 ${optional.done} / ${optional.total}`,
    overdue: overdue.length === 0 ? null : `已逾期 ${overdue.length} 项`,
    done: complete && required.total > 0 ? '必学已全部完成' : null,
  };
}
