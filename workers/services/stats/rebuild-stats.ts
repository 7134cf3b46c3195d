import { inTransaction, type ServiceCall } from '../../context';
import { deleteClickRollups, insertClickRollups, upsertEnrollmentClickTotals } from './click-rollups-sql';
import {
  applyConversionContributions,
  deleteConversionRollups,
  upsertEnrollmentConversionTotals,
} from './conversion-rollups-sql';
import { lockConversionRange } from './conversion-stats-locks-sql';

export interface RebuildStatsInput {
  /** First hour to rebuild (rounded down to the hour); every hour before too when omitted. */
  from?: Date;
  /** End of the range, exclusive (rounded up to the hour); every later hour when omitted. */
  to?: Date;
}

export interface RebuildStatsResult {
  clicks: number;
  conversions: number;
}

const HOUR_MS = 3_600_000;

/**
 * Rebuilds every click, conversion and commission rollup of the hour range from raw rows, then
 * every enrollment's lifetime totals, in one transaction, and stores what each conversion and line
 * of the range is counted as, so later refreshes move the rollups from there. Refreshes of the
 * range's conversions wait for it (lockConversionRange); click ingest does not, so a range that
 * still receives clicks should be rebuilt once ingestion has caught up.
 */
export async function rebuildStats({ ctx, input }: ServiceCall<RebuildStatsInput>): Promise<RebuildStatsResult> {
  const from = input.from ? new Date(Math.floor(input.from.getTime() / HOUR_MS) * HOUR_MS) : null;
  const to = input.to ? new Date(Math.ceil(input.to.getTime() / HOUR_MS) * HOUR_MS) : null;
  return inTransaction(ctx, async (tx) => {
    await tx.db.execute(lockConversionRange(from, to));
    await tx.db.execute(deleteClickRollups(from, to));
    const clicks = await tx.db.execute(insertClickRollups(from, to));
    await tx.db.execute(deleteConversionRollups(from, to));
    const conversions = await tx.db.execute(applyConversionContributions({ kind: 'range', from, to }));
    await tx.db.execute(upsertEnrollmentClickTotals());
    await tx.db.execute(upsertEnrollmentConversionTotals(null));
    return {
      clicks: (clicks.rows[0] as { clicks: number }).clicks,
      conversions: (conversions.rows[0] as { conversions: number }).conversions,
    };
  });
}
