import { and, eq, isNotNull, or, sql } from 'drizzle-orm';
import { clickStatsHourly, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { routingKeys, type ClickCounters } from '../../contracts/routing';

/**
 * Publishes accepted-click counts of capped programs to KV, where the edge enforces caps. Counts
 * come from the hourly rollup, which the consumer updates in the same statement as the clicks;
 * with this cron each minute and the edge's cache, a cap can overshoot by a couple of minutes of
 * traffic: approximate by design, and documented.
 */
export async function publishClickCounters({ ctx }: ServiceCall<void>): Promise<{ programs: number }> {
  const day = ctx.now.toISOString().slice(0, 10);
  const startOfDay = new Date(`${day}T00:00:00Z`);
  const rows = await ctx.db
    .select({
      programId: programs.id,
      clicksToday: sql<number>`coalesce(sum(${clickStatsHourly.clicks}) filter (where ${clickStatsHourly.hour} >= ${startOfDay}), 0)::int`,
      clicksTotal: sql<number>`coalesce(sum(${clickStatsHourly.clicks}), 0)::int`,
    })
    .from(programs)
    .leftJoin(clickStatsHourly, eq(clickStatsHourly.programId, programs.id))
    .where(
      and(eq(programs.status, 'active'), or(isNotNull(programs.capClicksDaily), isNotNull(programs.capClicksTotal))),
    )
    .groupBy(programs.id);
  await Promise.all(
    rows.map((row) => {
      const counters: ClickCounters = { day, clicksToday: row.clicksToday, clicksTotal: row.clicksTotal };
      return ctx.config.ROUTING.put(routingKeys.counters(row.programId), JSON.stringify(counters));
    }),
  );
  return { programs: rows.length };
}
