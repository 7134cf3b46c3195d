/** What a plan limits; `clicks` and `campaignSends` are metered per calendar month (UTC), the others are counted now. */
export type PlanLimit =
  | 'clicks'
  | 'programs'
  | 'affiliates'
  | 'customDomains'
  | 'whiteLabel'
  | 'campaignSends'
  | 'editions';

/** Usage thresholds (percent of the monthly clicks) at which the advertiser is warned, once a month each. */
export const CLICK_WARNING_PERCENTS = [80, 100] as const;

/** The yearly price offered by default: twelve months less 20 %, rounded down to a whole minor unit. */
export function suggestedYearlyPrice(monthlyMinor: number): number {
  return Math.floor((monthlyMinor * 48) / 5);
}

/**
 * Whether `adding` more fit under `allowed` (null: unlimited) with `used` in use. Adding nothing
 * always passes, so data kept over a lowered limit stays usable; only growth is refused.
 */
export function limitAllows(allowed: number | null, used: number, adding: number): boolean {
  if (allowed === null || adding <= 0) return true;
  return used + adding <= allowed;
}

/** Whole percent of the limit in use, rounded down; null when unlimited. A zero limit in use reads 100. */
export function usagePercent(used: number, allowed: number | null): number | null {
  if (allowed === null) return null;
  if (allowed === 0) return used > 0 ? 100 : 0;
  return Math.floor((used * 100) / allowed);
}

/**
 * The last click of a month still treated normally: the limit plus the grace margin (percent of
 * the limit, rounded down). The click after it, and every later one, is over the plan.
 */
export function lastClickInGrace(allowed: number, gracePercent: number): number {
  return allowed + Math.floor((allowed * gracePercent) / 100);
}

/** The number of clicks at which a warning threshold is reached (rounded up: 80 % of 7 is the 6th click). */
export function warningClick(allowed: number, percent: number): number {
  return Math.max(1, Math.ceil((allowed * percent) / 100));
}

/** Warning thresholds a month's count passed while going from `before` to `after` clicks. */
export function crossedWarnings(before: number, after: number, allowed: number | null): number[] {
  if (allowed === null) return [];
  return CLICK_WARNING_PERCENTS.filter((p) => {
    const at = warningClick(allowed, p);
    return before < at && after >= at;
  });
}

/** First day of the click's UTC month, as the usage table keys it (YYYY-MM-01). */
export function usageMonth(at: Date | number | string): string {
  // Ingest asks twice per click with the click's own toISOString(): read that form as it stands
  // instead of parsing it back into a Date.
  if (typeof at === 'string' && UTC_ISO.test(at)) return `${at.slice(0, 7)}-01`;
  return `${new Date(at).toISOString().slice(0, 7)}-01`;
}

const UTC_ISO = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/;
