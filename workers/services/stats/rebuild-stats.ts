import { sql } from 'drizzle-orm';
import { inTransaction, type ServiceCall } from '../../context';
import { deleteClickRollups, insertClickRollups, upsertEnrollmentClickTotals } from './rebuild-click-rollups-sql';
import {
  applyConversionContributions,
  deleteConversionRollups,
  upsertEnrollmentConversionTotals,
} from './conversion-rollups-sql';
import { lockConversionRange } from './conversion-stats-locks-sql';
import { DERIVE_CLICK_ROLLUPS_LOCK } from './derive-click-rollups';
import { rebuildPlanClickUsage } from './plan-usage-sql';

export interface RebuildStatsInput {
  /** First hour to rebuild (rounded down to the hour, to the UTC day for click rollups); every hour before too when omitted. */
  from?: Date;
  /** End of the range, exclusive (rounded up to the hour, to the UTC day for click rollups); every later hour when omitted. */
  to?: Date;
}

export interface RebuildStatsResult {
  clicks: number;
  conversions: number;
  /** Rows of plan_click_usage (organization × month) written. */
  usageMonths: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const floorTo = (d: Date | null, unit: number) => (d ? new Date(Math.floor(d.getTime() / unit) * unit) : null);
const ceilTo = (d: Date | null, unit: number) => (d ? new Date(Math.ceil(d.getTime() / unit) * unit) : null);
const monthStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const floorToMonth = (d: Date | null) => (d ? monthStart(d) : null);
const ceilToMonth = (d: Date | null) => {
  if (!d) return null;
  const start = monthStart(d);
  return start.getTime() === d.getTime() ? start : new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
};

/**
 * Rebuilds every click, conversion and commission rollup of the hour range from raw rows, then
 * every enrollment's lifetime totals and the plan click meter of the range's whole UTC months
 * (plan_click_usage), in one transaction, and stores what each conversion and line
 * of the range is counted as, so later refreshes move the rollups from there. Refreshes of the
 * range's conversions wait for it (lockConversionRange); click ingest does not, so a range that
 * still receives clicks should be rebuilt once ingestion has caught up.
 */
export async function rebuildStats({ ctx, input }: ServiceCall<RebuildStatsInput>): Promise<RebuildStatsResult> {
  const from = floorTo(input.from ?? null, HOUR_MS);
  const to = ceilTo(input.to ?? null, HOUR_MS);
  // Click rollups include daily ones, so their range widens to whole UTC days.
  const [clickFrom, clickTo] = [floorTo(from, DAY_MS), ceilTo(to, DAY_MS)];
  return inTransaction(ctx, async (tx) => {
    await tx.db.execute(lockConversionRange(from, to));
    // The advertiser-grain click rollups are rebuilt up to where the click-rollups job has summed
    // them (click_rollups_derived); the job waits until this commits.
    await tx.db.execute(sql`SELECT pg_advisory_xact_lock(${DERIVE_CLICK_ROLLUPS_LOCK})`);
    await tx.db.execute(deleteClickRollups(clickFrom, clickTo));
    const clicks = await tx.db.execute(insertClickRollups(clickFrom, clickTo));
    await tx.db.execute(deleteConversionRollups(from, to));
    const conversions = await tx.db.execute(applyConversionContributions({ kind: 'range', from, to }));
    await tx.db.execute(upsertEnrollmentClickTotals());
    await tx.db.execute(upsertEnrollmentConversionTotals(null));
    // The meter counts whole months, so its range widens to them.
    const usage = await tx.db.execute(rebuildPlanClickUsage(floorToMonth(from), ceilToMonth(to)));
    return {
      clicks: (clicks.rows[0] as { clicks: number }).clicks,
      conversions: (conversions.rows[0] as { conversions: number }).conversions,
      usageMonths: (usage.rows[0] as { months: number }).months,
    };
  });
}
