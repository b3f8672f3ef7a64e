/** Sizes of the monthly chart, in SVG user units. */
export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Room on the left for the axis labels. */
  readonly left: number;
  /** Room at the bottom for the month labels. */
  readonly bottom: number;
  /** Room at the top for the value labels. */
  readonly top: number;
}

export const DEFAULT_BOX: ChartBox = { width: 640, height: 260, left: 40, bottom: 28, top: 20 };

export interface ChartBar {
  /** 1–12. */
  readonly month: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Centre of the bar, for its labels. */
  readonly centre: number;
}

export interface ChartTick {
  readonly value: number;
  readonly y: number;
}

export interface MonthlyChart {
  readonly box: ChartBox;
  /** Top of the scale. */
  readonly max: number;
  /** Bottom of the plot area (the zero line). */
  readonly baseline: number;
  readonly bars: readonly ChartBar[];
  readonly ticks: readonly ChartTick[];
}

const STEPS = [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/** A round step so that about four steps cover `max`. */
export function niceStep(max: number): number {
  const target = max / 4;
  return STEPS.find((s) => s >= target) ?? Math.ceil(target);
}

/**
 * Bar geometry for 学时 per month (index 0 = January): a scale from 0 to a round number
 * above the largest month, with ticks at each step. Bad values draw as 0.
 */
export function monthlyChart(byMonth: readonly number[], box: ChartBox = DEFAULT_BOX): MonthlyChart {
  const values = Array.from({ length: 12 }, (_, i) => {
    const v = byMonth[i];
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0;
  });
  const peak = Math.max(...values);
  const step = niceStep(peak > 0 ? peak : 2);
  const max = Math.max(step, Math.ceil(peak / step - 1e-9) * step);
  const baseline = box.height - box.bottom;
  const plot = baseline - box.top;
  const slot = (box.width - box.left) / 12;
  const barWidth = slot * 0.6;
  const yOf = (v: number) => baseline - (v / max) * plot;
  const bars = values.map((value, i) => {
    const x = box.left + i * slot + (slot - barWidth) / 2;
    const y = yOf(value);
    return { month: i + 1, value, x, y, width: barWidth, height: baseline - y, centre: x + barWidth / 2 };
  });
  const ticks: ChartTick[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) ticks.push({ value: Math.round(v * 100) / 100, y: yOf(v) });
  return { box, max, baseline, bars, ticks };
}
