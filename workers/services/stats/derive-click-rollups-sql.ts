import { type SQL, sql } from 'drizzle-orm';
import { CLICK_ROLLUP_SHAPE, HOURLY_CLICK_ROLLUPS, hourlyClickRollupCtes } from '../click-rollup-ctes';

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const dayOf = (d: Date) => new Date(Math.floor(d.getTime() / 86_400_000) * 86_400_000);

/**
 * Empties the click rollups where the job refills them: the hourly ones for [from, to), the daily
 * ones for every UTC day that range touches (recounted whole). Rows there are leftovers readers
 * never took (ingest's before the job's first run, or a rebuild's past its end).
 */
export function deleteDerivedClickRollups(from: Date, to: Date): SQL {
  const hourly = Object.keys(HOURLY_CLICK_ROLLUPS).map(
    (table, i) =>
      sql`${sql.raw(`h${i} AS (DELETE FROM affiliate.${table}`)} WHERE hour >= ${at(from)} AND hour < ${at(to)})`,
  );
  return sql`
    WITH ${sql.join(hourly, sql`, `)},
    e AS (DELETE FROM affiliate.click_enrollment_daily WHERE day >= ${at(dayOf(from))} AND day < ${at(to)}),
    s AS (DELETE FROM affiliate.click_subs_daily WHERE day >= ${at(dayOf(from))} AND day < ${at(to)})
    SELECT 1`;
}

/** Sums the raw clicks of [from, to) into the hourly rollups, emptied first by deleteDerivedClickRollups. */
export function sumHourlyClickRollupsSql(from: Date, to: Date): SQL {
  return sql`
    WITH k AS MATERIALIZED (
      SELECT ${CLICK_ROLLUP_SHAPE} FROM affiliate.clicks WHERE clicked_at >= ${at(from)} AND clicked_at < ${at(to)}
    ),
    ${hourlyClickRollupCtes('k')}
    SELECT (SELECT count(*) FROM k)::int AS clicks`;
}

/**
 * Sums the hourly rollups into the daily ones for the whole days before `to` that [from, to)
 * touches (their earlier hours included), emptied first by deleteDerivedClickRollups, in key order.
 * click_stats_hourly holds every resolved click and click_subs_hourly the accepted ones' sub
 * values, so the sums are what the daily rollups would count from the raw rows.
 */
export function sumDailyClickRollupsSql(from: Date, to: Date): SQL {
  const days = sql`hour >= ${at(dayOf(from))} AND hour < ${at(to)}`;
  return sql`
    WITH enrollment_days AS (
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
    SELECT 1`;
}
