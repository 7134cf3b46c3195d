import type { ServiceCall } from '../../context';
import { type CreativeStatsScope, creativeClicksSql, creativeConversionsSql } from './creative-stats-sql';

/** The days a creative's figures cover, ending now. */
export const CREATIVE_STATS_DAYS = 30;

export interface CreativeStats {
  clicks: number;
  conversions: number;
}

/** Clicks and conversions of each creative of a program over the last 30 days (from the start of that hour); creatives with none are absent. */
export async function creativeStats({
  ctx,
  input,
}: ServiceCall<Omit<CreativeStatsScope, 'from'>>): Promise<Map<string, CreativeStats>> {
  // Whole hours, as both rollups are hourly: the hour 30 days ago counts whole.
  const from = new Date(Math.floor((ctx.now.getTime() - CREATIVE_STATS_DAYS * 86_400_000) / 3_600_000) * 3_600_000);
  const scope = { ...input, from };
  const clicks = await ctx.db.execute(creativeClicksSql(scope));
  const conversions = await ctx.db.execute(creativeConversionsSql(scope));
  const stats = new Map<string, CreativeStats>();
  const entry = (id: string) => stats.get(id) ?? stats.set(id, { clicks: 0, conversions: 0 }).get(id)!;
  for (const row of clicks.rows as { creative_id: string; n: string }[]) entry(row.creative_id).clicks = Number(row.n);
  for (const row of conversions.rows as { creative_id: string; n: string }[])
    entry(row.creative_id).conversions = Number(row.n);
  return stats;
}
