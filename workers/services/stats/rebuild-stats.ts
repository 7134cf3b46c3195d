import { sql } from 'drizzle-orm';
import { inTransaction, type ServiceCall } from '../../context';
import { deleteClickRollups, insertClickRollups, upsertEnrollmentClickTotals } from './click-rollups-sql';
import {
  bucketEnrollment,
  bucketLockKey,
  deleteConversionRollups,
  insertConversionRollups,
  upsertEnrollmentConversionTotals,
} from './conversion-rollups-sql';

export interface RebuildStatsInput {
  /** First hour to rebuild (rounded down to the hour); every hour before too when omitted. */
  from?: Date;
  /** End of the range, exclusive (rounded up to the hour); every later hour when omitted. */
  to?: Date;
}

export interface RebuildStatsResult {
  clicks: number;
  conversions: number;
}

const HOUR_MS = 3_600_000;

/**
 * Rebuilds every click, conversion and commission rollup of the hour range from raw rows, then
 * every enrollment's lifetime totals, in one transaction, and records each conversion's bucket.
 * The conversion buckets are locked as a conversion write locks them, so writes to them wait; click ingest does not lock, so a range
 * that still receives clicks should be rebuilt once ingestion has caught up.
 */
export async function rebuildStats({ ctx, input }: ServiceCall<RebuildStatsInput>): Promise<RebuildStatsResult> {
  const from = input.from ? new Date(Math.floor(input.from.getTime() / HOUR_MS) * HOUR_MS) : null;
  const to = input.to ? new Date(Math.ceil(input.to.getTime() / HOUR_MS) * HOUR_MS) : null;
  return inTransaction(ctx, async (tx) => {
    const range = sql.join(
      [
        sql`true`,
        ...(from ? [sql`occurred_at >= ${from.toISOString()}::timestamptz`] : []),
        ...(to ? [sql`occurred_at < ${to.toISOString()}::timestamptz`] : []),
      ],
      sql` AND `,
    );
    // Both buckets of each conversion, as a refresh takes them, in the same order.
    await tx.db.execute(sql`
      SELECT pg_advisory_xact_lock(${bucketLockKey(sql`org`, sql`hour`, sql`enrollment`)})
      FROM (SELECT DISTINCT v.organization_id AS org, date_trunc('hour', v.occurred_at, 'UTC') AS hour, e.enrollment
            FROM affiliate.conversions v
            CROSS JOIN LATERAL (VALUES (${bucketEnrollment(sql`v.enrollment_id`)}), (v.stats_enrollment_id)) AS e(enrollment)
            WHERE ${range} AND e.enrollment IS NOT NULL) b
      ORDER BY org, hour, enrollment`);
    await tx.db.execute(deleteClickRollups(from, to));
    const clicks = await tx.db.execute(insertClickRollups(from, to));
    const scope = { kind: 'range' as const, from, to };
    await tx.db.execute(deleteConversionRollups(scope));
    const conversions = await tx.db.execute(insertConversionRollups(scope, null));
    await tx.db.execute(upsertEnrollmentClickTotals());
    await tx.db.execute(upsertEnrollmentConversionTotals(null));
    return {
      clicks: (clicks.rows[0] as { clicks: number }).clicks,
      conversions: (conversions.rows[0] as { conversions: number }).conversions,
    };
  });
}
