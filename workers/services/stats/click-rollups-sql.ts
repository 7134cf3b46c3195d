import { type SQL, sql } from 'drizzle-orm';
import { clickRollupCtes } from '../click-rollups-sql';
import { NONE } from '../rollup-sql';

const CLICK_ROLLUPS = [
  'click_stats_hourly',
  'click_rejections_hourly',
  'click_tech_hourly',
  'click_links_hourly',
  'click_subs_hourly',
  'click_program_hourly',
  'click_geo_hourly',
] as const;
const DAILY_CLICK_ROLLUPS = ['click_enrollment_daily', 'click_subs_daily'] as const;

function hourRange(column: SQL, from: Date | null, to: Date | null): SQL {
  const parts = [sql`true`];
  if (from) parts.push(sql`${column} >= ${from.toISOString()}::timestamptz`);
  if (to) parts.push(sql`${column} < ${to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` AND `);
}

/**
 * Deletes the click rollup rows of [from, to) (everything when unbounded). Both ends must be whole
 * UTC days, as the daily rollups cannot lose part of a day.
 */
export function deleteClickRollups(from: Date | null, to: Date | null): SQL {
  const deletes = [
    ...CLICK_ROLLUPS.map((table) => ({ table, column: 'hour' })),
    ...DAILY_CLICK_ROLLUPS.map((table) => ({ table, column: 'day' })),
  ].map(
    ({ table, column }, i) =>
      sql`${sql.raw(`d${i} AS (DELETE FROM affiliate.${table} r WHERE `)}${hourRange(sql.raw(`r.${column}`), from, to)})`,
  );
  return sql`WITH ${sql.join(deletes, sql`, `)} SELECT 1`;
}

/** Aggregates the clicks of [from, to) into every click rollup, emptied first by deleteClickRollups. */
export function insertClickRollups(from: Date | null, to: Date | null): SQL {
  return sql`
    WITH k AS MATERIALIZED (
      SELECT date_trunc('hour', clicked_at, 'UTC') AS hour, organization_id, app_id, program_id,
        coalesce(enrollment_id, ${NONE}) AS enrollment_id, coalesce(affiliate_id, ${NONE}) AS affiliate_id,
        country, device_type, os, browser, link_id, status, reject_reason, is_unique,
        sub1, sub2, sub3, sub4, sub5, sub6, sub7, sub8, sub9, sub10
      FROM affiliate.clicks WHERE ${hourRange(sql`clicked_at`, from, to)}
    ),
    ${clickRollupCtes('k')}
    SELECT (SELECT count(*) FROM k)::int AS clicks`;
}

/**
 * Sets every enrollment's lifetime click totals to the sums of click_stats_hourly (rebuilt first),
 * in key order; totals of enrollments without accepted clicks are zeroed. Rows are created only
 * for enrollments with accepted clicks, as ingest does.
 */
export function upsertEnrollmentClickTotals(): SQL {
  return sql`
    WITH sums AS (
      SELECT enrollment_id, sum(clicks) AS clicks, sum(unique_clicks) AS unique_clicks
      FROM affiliate.click_stats_hourly WHERE enrollment_id <> ${NONE}
      GROUP BY 1 HAVING sum(clicks) > 0
    ),
    zeroed AS (
      UPDATE affiliate.enrollment_totals t SET clicks = 0, unique_clicks = 0, updated_at = now()
      WHERE (t.clicks <> 0 OR t.unique_clicks <> 0) AND NOT EXISTS (SELECT 1 FROM sums WHERE sums.enrollment_id = t.enrollment_id)
    )
    INSERT INTO affiliate.enrollment_totals AS t (enrollment_id, organization_id, program_id, affiliate_id, clicks, unique_clicks)
    SELECT e.id, e.organization_id, e.program_id, e.affiliate_id, sums.clicks, sums.unique_clicks
    FROM sums JOIN affiliate.enrollments e ON e.id = sums.enrollment_id
    ORDER BY e.id
    ON CONFLICT (enrollment_id) DO UPDATE SET clicks = excluded.clicks, unique_clicks = excluded.unique_clicks, updated_at = now()`;
}

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
