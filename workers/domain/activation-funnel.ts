/**
 * The activation funnel of one program: of the affiliates who joined in a month, how many reached each
 * step of the onboarding path, the share of those who reached the step before, and the median time from
 * joining to reaching it. Pure: the service reads when each affiliate joined and reached what.
 */

export interface Joiner {
  joinedAt: Date;
  /** Step id → when it was reached; a step reached with no known time (its clicks aged out) maps to null. */
  reached: ReadonlyMap<string, Date | null>;
}

export interface FunnelStep {
  stepId: string;
  reached: number;
  /** reached / the previous step's reached, in basis points (10000 = all); null for the first step or after 0. */
  fromPreviousBps: number | null;
  /** Median seconds from joining to reaching the step, over those with a known time; null when none. */
  medianSeconds: number | null;
}

export interface FunnelCohort {
  /** The UTC month joined, YYYY-MM; 'all' for every month together. */
  month: string;
  joined: number;
  steps: FunnelStep[];
}

export const monthOf = (at: Date): string => at.toISOString().slice(0, 7);

/** The middle value (the mean of the two middle ones for an even count), rounded to whole seconds. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value);
}

function cohort(month: string, joiners: readonly Joiner[], stepIds: readonly string[]): FunnelCohort {
  let previous: number | null = null;
  const steps = stepIds.map((stepId) => {
    const times: number[] = [];
    let reached = 0;
    for (const j of joiners) {
      if (!j.reached.has(stepId)) continue;
      reached++;
      const at = j.reached.get(stepId);
      // A step done before the approval (a link made while pending) took no time after joining.
      if (at) times.push(Math.max(0, (at.getTime() - j.joinedAt.getTime()) / 1000));
    }
    const fromPreviousBps = previous === null || previous === 0 ? null : Math.floor((reached * 10_000) / previous);
    previous = reached;
    return { stepId, reached, fromPreviousBps, medianSeconds: median(times) };
  });
  return { month, joined: joiners.length, steps };
}

/** The cohorts by joining month, newest first, and every month together. */
export function activationFunnel(
  joiners: readonly Joiner[],
  stepIds: readonly string[],
): { cohorts: FunnelCohort[]; total: FunnelCohort } {
  const byMonth = new Map<string, Joiner[]>();
  for (const j of joiners) {
    const month = monthOf(j.joinedAt);
    byMonth.set(month, [...(byMonth.get(month) ?? []), j]);
  }
  const cohorts = [...byMonth.keys()]
    .sort()
    .reverse()
    .map((month) => cohort(month, byMonth.get(month)!, stepIds));
  return { cohorts, total: cohort('all', joiners, stepIds) };
}
