import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { refreshConversionStats } from './refresh-conversion-stats';

/** Conversions refreshed per statement: a creative with many keeps each statement (and its locks) bounded. */
const BATCH = 5_000;

/**
 * Takes a deleted creative's conversions out of conversion_creatives_hourly: call it in the transaction that
 * deleted the creative (its links no longer name it), and each conversion counted under it is refreshed, so
 * the rollup stays what the raw rows give and no later refresh subtracts from a row that is gone.
 */
export async function refreshCreativeConversions({ ctx, input }: ServiceCall<{ creativeId: string }>): Promise<void> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const found = await ctx.db.execute(sql`SELECT conversion_id FROM affiliate.stats_counted_conversions
      WHERE creative_id = ${input.creativeId}::uuid AND conversion_id > ${after}::uuid
      ORDER BY conversion_id LIMIT ${BATCH}`);
    const ids = (found.rows as { conversion_id: string }[]).map((r) => r.conversion_id);
    if (ids.length === 0) return;
    await refreshConversionStats(ctx, { conversionIds: ids });
    if (ids.length < BATCH) return;
    after = ids[ids.length - 1]!;
  }
}
