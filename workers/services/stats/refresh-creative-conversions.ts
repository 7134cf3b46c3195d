import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { lockChangedConversions } from './conversion-stats-locks-sql';
import { refreshConversionStats } from './refresh-conversion-stats';

/** Conversions refreshed per statement: a creative with many keeps each statement (and its locks) bounded. */
const BATCH = 5_000;

/**
 * Takes a deleted creative's conversions out of conversion_creatives_hourly: call it in the transaction that
 * deleted the creative (its links no longer name it), and each conversion counted under it is refreshed, so
 * the rollup stays what the raw rows give and no later refresh subtracts from a row that is gone.
 */
export async function refreshCreativeConversions({ ctx, input }: ServiceCall<{ creativeId: string }>): Promise<void> {
  const found = await ctx.db.execute(sql`SELECT conversion_id FROM affiliate.stats_counted_conversions
    WHERE creative_id = ${input.creativeId}::uuid ORDER BY conversion_id`);
  const ids = (found.rows as { conversion_id: string }[]).map((r) => r.conversion_id);
  if (ids.length === 0) return;
  // Every lock first, in one sorted round: a refresh per batch would take them in rounds, and a round
  // after the first can deadlock against a concurrent refresh. Each batch's own locks are then held already.
  if (ids.length > BATCH) await ctx.db.execute(lockChangedConversions(ids, []));
  for (let i = 0; i < ids.length; i += BATCH)
    await refreshConversionStats({ ctx, input: { conversionIds: ids.slice(i, i + BATCH) } });
}
