import { type SQL, sql } from 'drizzle-orm';

function timeRange(column: SQL, from: Date | null, to: Date | null): SQL {
  const parts = [sql`true`];
  if (from) parts.push(sql`${column} >= ${from.toISOString()}::timestamptz`);
  if (to) parts.push(sql`${column} < ${to.toISOString()}::timestamptz`);
  return sql.join(parts, sql` AND `);
}

// The month column is a date: compared as dates, so the session's time zone plays no part.
function dayRange(column: SQL, from: Date | null, to: Date | null): SQL {
  const parts = [sql`true`];
  if (from) parts.push(sql`${column} >= ${from.toISOString().slice(0, 10)}::date`);
  if (to) parts.push(sql`${column} < ${to.toISOString().slice(0, 10)}::date`);
  return sql.join(parts, sql` AND `);
}

/**
 * Recounts the plan meter (plan_click_usage) of the months of [from, to) from the stored clicks,
 * counting what ingest counts: an organization's accepted clicks and those refused as over_plan
 * (never other rejections, nor clicks of no organization). Both ends must be whole UTC months.
 * A month whose clicks were all dropped (retention) loses its row. Answers the rows written.
 */
export function rebuildPlanClickUsage(from: Date | null, to: Date | null): SQL {
  return sql`
    WITH cleared AS (
      DELETE FROM affiliate.plan_click_usage u WHERE ${dayRange(sql`u.month`, from, to)}
    ),
    counted AS (
      INSERT INTO affiliate.plan_click_usage (organization_id, month, clicks)
      SELECT organization_id, date_trunc('month', clicked_at, 'UTC')::date, count(*)
      FROM affiliate.clicks
      WHERE organization_id IS NOT NULL AND (status = 'accepted' OR reject_reason = 'over_plan')
        AND ${timeRange(sql`clicked_at`, from, to)}
      GROUP BY 1, 2
      ORDER BY 1, 2
      ON CONFLICT (organization_id, month) DO UPDATE SET clicks = excluded.clicks
      RETURNING 1
    )
    SELECT count(*)::int AS months FROM counted`;
}
