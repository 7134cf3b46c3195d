import { type SQL, sql } from 'drizzle-orm';
import {
  CLICK_ROLLUP_SHAPE,
  clickRollupCtes,
  clickRollupRows,
  DAILY_CLICK_ROLLUPS,
  HOURLY_CLICK_ROLLUPS,
} from '../click-rollup-ctes';
import { NONE } from '../rollup-sql';

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
    ...Object.keys(HOURLY_CLICK_ROLLUPS).map((table) => ({ table, column: 'hour' })),
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
      SELECT ${CLICK_ROLLUP_SHAPE} FROM affiliate.clicks WHERE ${hourRange(sql`clicked_at`, from, to)}
    ),
    ${clickRollupCtes('k')}
    SELECT (SELECT count(*) FROM k)::int AS clicks`;
}

/**
 * Sets every enrollment's lifetime click totals to the sums of click_stats_hourly (rebuilt first,
 * and read with the raw clicks of the hours the click-rollups job has not summed yet),
 * in key order; totals of enrollments without accepted clicks are zeroed. Rows are created only
 * for enrollments with accepted clicks, as ingest does.
 */
export function upsertEnrollmentClickTotals(): SQL {
  return sql`
    WITH sums AS (
      SELECT enrollment_id, sum(clicks) AS clicks, sum(unique_clicks) AS unique_clicks
      FROM ${clickRollupRows('click_stats_hourly')} AS h WHERE enrollment_id <> ${NONE}
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
