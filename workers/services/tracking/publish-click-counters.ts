import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { routingKeys, type ClickCounters } from '../../contracts/routing';
import { clickRollupRows } from '../click-rollup-ctes';

/**
 * Publishes accepted-click counts of capped programs to KV, where the edge enforces caps. Counts
 * come from the hourly rollup and, for the hours the click-rollups job has not summed yet, from the
 * raw clicks the consumer wrote; with this cron each minute and the edge's cache, a cap can
 * overshoot by a couple of minutes of traffic: approximate by design, and documented.
 */
export async function publishClickCounters({ ctx }: ServiceCall<void>): Promise<{ programs: number }> {
  const day = ctx.now.toISOString().slice(0, 10);
  const startOfDay = new Date(`${day}T00:00:00Z`).toISOString();
  const result = await ctx.db.execute<{ program_id: string; today: number; total: number }>(sql`
    SELECT p.id AS program_id, c.today, c.total
    FROM affiliate.programs p
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(h.clicks) FILTER (WHERE h.hour >= ${startOfDay}::timestamptz), 0)::int AS today,
        coalesce(sum(h.clicks), 0)::int AS total
      FROM ${clickRollupRows('click_stats_hourly')} AS h
      WHERE h.program_id = p.id AND h.organization_id = p.organization_id
    ) c
    WHERE p.status = 'active' AND (p.cap_clicks_daily IS NOT NULL OR p.cap_clicks_total IS NOT NULL)`);
  const rows = result.rows.map((r) => ({ programId: r.program_id, clicksToday: r.today, clicksTotal: r.total }));
  await Promise.all(
    rows.map((row) => {
      const counters: ClickCounters = { day, clicksToday: row.clicksToday, clicksTotal: row.clicksTotal };
      return ctx.config.ROUTING.put(routingKeys.counters(row.programId), JSON.stringify(counters));
    }),
  );
  return { programs: rows.length };
}
