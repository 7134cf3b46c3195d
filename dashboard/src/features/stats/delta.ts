/**
 * How a headline figure compares with the previous period, as words rather than a raw percent. A percent
 * says little when the previous period was (nearly) empty: 1 sale after 0 is not "up ∞", 491 clicks after 1
 * is not "up 49,000 %". So:
 * - nothing before and nothing now: the same; nothing before, something now: new;
 * - a rate (CR, ROI): the change in percentage points;
 * - a figure that grew to ten times the previous one or more, or a negative one on either side (a profit that
 *   turned): the absolute change, with the previous value;
 * - otherwise the change in percent of the previous value.
 */
export type Delta =
  | { kind: 'none' }
  | { kind: 'same' }
  | { kind: 'new' }
  | { kind: 'points'; up: boolean; points: number }
  | { kind: 'absolute'; up: boolean; change: number; previous: number }
  | { kind: 'percent'; up: boolean; ratio: number };

/** From ten times the previous value up, a percent (≥ 900 %) reads as noise: the absolute change is shown. */
export const PERCENT_UP_TO_RATIO = 10;
/** A rate's change under this many percentage points reads as no change. */
const SAME_POINTS = 0.05;

export function deltaOf(current: number | null, previous: number | null, rate = false): Delta {
  if (current === null || previous === null) return { kind: 'none' };
  if (rate) {
    const points = (current - previous) * 100;
    if (Math.abs(points) < SAME_POINTS) return { kind: 'same' };
    return { kind: 'points', up: points > 0, points: Math.abs(points) };
  }
  if (current === previous) return { kind: 'same' };
  if (previous === 0) return { kind: 'new' };
  const up = current > previous;
  if (previous < 0 || current < 0 || current >= previous * PERCENT_UP_TO_RATIO)
    return { kind: 'absolute', up, change: Math.abs(current - previous), previous };
  return { kind: 'percent', up, ratio: Math.abs(current - previous) / previous };
}
