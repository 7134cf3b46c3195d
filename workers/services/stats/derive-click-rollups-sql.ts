import { type SQL, sql } from 'drizzle-orm';

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const dayOf = (d: Date) => new Date(Math.floor(d.getTime() / 86_400_000) * 86_400_000);

/**
 * Empties the advertiser-grain rollups where deriveClickRollupsSql refills them: the hourly ones
 * for [from, to), the daily ones for every UTC day that range touches (recounted whole).
 */
export function deleteDerivedClickRollups(from: Date, to: Date): SQL {
  return sql`
    WITH p AS (DELETE FROM affiliate.click_program_hourly WHERE hour >= ${at(from)} AND hour < ${at(to)}),
    g AS (DELETE FROM affiliate.click_geo_hourly WHERE hour >= ${at(from)} AND hour < ${at(to)}),
    e AS (DELETE FROM affiliate.click_enrollment_daily WHERE day >= ${at(dayOf(from))} AND day < ${at(to)}),
    s AS (DELETE FROM affiliate.click_subs_daily WHERE day >= ${at(dayOf(from))} AND day < ${at(to)})
    SELECT 1`;
}

/**
 * Sums the enrollment-grain rollups of [from, to) into the advertiser-grain ones, emptied first by
 * deleteDerivedClickRollups: hourly rows for the range, daily rows for the whole days before `to`
 * that the range touches (their earlier hours included), in key order. The enrollment-grain
 * rollups hold the same clicks under finer keys (click_stats_hourly every resolved click,
 * click_subs_hourly the accepted ones' sub values), so the sums are what ingest would have added.
 */
export function deriveClickRollupsSql(from: Date, to: Date): SQL {
  const hours = sql`hour >= ${at(from)} AND hour < ${at(to)}`;
  const days = sql`hour >= ${at(dayOf(from))} AND hour < ${at(to)}`;
  return sql`
    WITH programs AS (
      INSERT INTO affiliate.click_program_hourly (organization_id, hour, program_id, app_id, clicks, unique_clicks, rejected_clicks)
      SELECT organization_id, hour, program_id, app_id, sum(clicks), sum(unique_clicks), sum(rejected_clicks)
      FROM affiliate.click_stats_hourly WHERE ${hours}
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3
      RETURNING 1
    ),
    geo AS (
      INSERT INTO affiliate.click_geo_hourly (organization_id, hour, country, device_type, clicks, unique_clicks, rejected_clicks)
      SELECT organization_id, hour, country, device_type, sum(clicks), sum(unique_clicks), sum(rejected_clicks)
      FROM affiliate.click_stats_hourly WHERE ${hours}
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
    ),
    enrollment_days AS (
      INSERT INTO affiliate.click_enrollment_daily
        (organization_id, day, program_id, enrollment_id, app_id, affiliate_id, clicks, unique_clicks, rejected_clicks)
      SELECT organization_id, date_trunc('day', hour, 'UTC'), program_id, enrollment_id, app_id, affiliate_id,
        sum(clicks), sum(unique_clicks), sum(rejected_clicks)
      FROM affiliate.click_stats_hourly WHERE ${days}
      GROUP BY 1, 2, 3, 4, 5, 6
      ORDER BY 1, 2, 3, 4
    ),
    sub_days AS (
      INSERT INTO affiliate.click_subs_daily (organization_id, slot, day, value, clicks, unique_clicks)
      SELECT organization_id, slot, date_trunc('day', hour, 'UTC'), value, sum(clicks), sum(unique_clicks)
      FROM affiliate.click_subs_hourly WHERE ${days}
      GROUP BY 1, 2, 3, 4
      ORDER BY 1, 2, 3, 4
    )
    SELECT (SELECT count(*) FROM programs)::int AS program_hours`;
}
