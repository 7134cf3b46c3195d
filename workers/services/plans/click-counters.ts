import { BoundedMemo } from '../../domain/bounded-memo';
import { lastClickInGrace, usageMonth } from '../../domain/plan-limits';
import { monthKey } from './click-allowances';
import type { UsageAfterBatch } from './warn-click-usage';

/**
 * Each organization's month counter and plan limit (null: unlimited) as the last batch this isolate
 * wrote saw them. They only decide whether a batch may skip the allowances query, a round trip per
 * batch (about a sixth of ingest's CPU per click in `bench/ingest.ts`): the statement itself checks
 * the counters under their row locks, so a stale entry costs a refused batch, never a click past the
 * plan.
 */
const counters = new BoundedMemo<string, { allowed: number | null; clicks: number }>(5_000);

/** Remembers the counters a batch's statement answered. */
export function rememberClickCounters(usage: UsageAfterBatch[]): void {
  for (const u of usage) counters.set(monthKey(u.organizationId, u.month), { allowed: u.allowed, clicks: u.clicks });
}

/**
 * Whether a batch may go unmarked: every organization month it counts was seen, and had room for all
 * of this batch's clicks within the limit plus the grace margin. A month not seen yet, or close to
 * its limit, is marked from fresh allowances, click by click.
 */
export function roomForEveryClick(
  clicks: ({ organizationId: string; at: string } | null)[],
  gracePercent: number,
): boolean {
  const adding = new Map<string, number>();
  for (const c of clicks) {
    if (!c) continue;
    const k = monthKey(c.organizationId, usageMonth(c.at));
    adding.set(k, (adding.get(k) ?? 0) + 1);
  }
  for (const [k, n] of adding) {
    const seen = counters.get(k);
    if (!seen) return false;
    if (seen.allowed !== null && seen.clicks + n > lastClickInGrace(seen.allowed, gracePercent)) return false;
  }
  return true;
}
