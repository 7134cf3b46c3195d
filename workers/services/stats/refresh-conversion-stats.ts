import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context';
import {
  bucketEnrollment,
  bucketLockKey,
  deleteConversionRollups,
  insertConversionRollups,
  REBUILD_LOCK,
} from './conversion-rollups-sql';

export interface ConversionStatsChange {
  /** Conversions written in this transaction. */
  conversionIds?: string[];
  /** Commission lines written in this transaction (their conversions' buckets are refreshed). */
  commissionIds?: string[];
}

/**
 * Recomputes, from raw rows, the conversion and commission rollups of every (advertiser, UTC hour,
 * enrollment) bucket the changed conversions and lines belong to, and moves their enrollments'
 * conversion totals by the difference. A conversion's buckets are its current enrollment's and the
 * one recorded in conversions.stats_enrollment_id (they differ when attribution moved it), so the
 * bucket it left stops counting it. Call it last in the transaction that made the change. It first
 * takes a transaction-scoped advisory lock per bucket, in sorted order: a concurrent recompute of
 * the same bucket waits for this commit, and its later statements then see these raw rows.
 * A conversion's enrollment only changes under its row lock, in the transaction that refreshes it,
 * so the buckets read here before the locks are still its buckets once they are held.
 */
export async function refreshConversionStats(ctx: ServiceContext, change: ConversionStatsChange): Promise<void> {
  const conversionIds = change.conversionIds ?? [];
  const commissionIds = change.commissionIds ?? [];
  if (conversionIds.length === 0 && commissionIds.length === 0) return;
  await ctx.db.execute(sql`SELECT pg_advisory_xact_lock_shared(${REBUILD_LOCK})`);
  const locked = await ctx.db.execute(sql`
    WITH changed AS (
      SELECT unnest(${sql.param(conversionIds)}::uuid[]) AS id
      UNION SELECT conversion_id FROM affiliate.commissions WHERE id = ANY(${sql.param(commissionIds)}::uuid[])
    ),
    buckets AS (
      SELECT DISTINCT v.organization_id AS org, date_trunc('hour', v.occurred_at, 'UTC') AS hour, e.enrollment
      FROM affiliate.conversions v JOIN changed ON changed.id = v.id
      CROSS JOIN LATERAL (VALUES (${bucketEnrollment(sql`v.enrollment_id`)}), (v.stats_enrollment_id)) AS e(enrollment)
      WHERE e.enrollment IS NOT NULL
    )
    SELECT org, to_char(hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS hour_utc, enrollment,
      pg_advisory_xact_lock(${bucketLockKey(sql`org`, sql`hour`, sql`enrollment`)})
    FROM buckets
    ORDER BY org, buckets.hour, enrollment`);
  const buckets = locked.rows as { org: string; hour_utc: string; enrollment: string }[];
  if (buckets.length === 0) return;
  const scope = {
    kind: 'buckets' as const,
    organizationIds: buckets.map((b) => b.org),
    hours: buckets.map((b) => b.hour_utc),
    enrollmentIds: buckets.map((b) => b.enrollment),
  };
  const deleted = (await ctx.db.execute(deleteConversionRollups(scope))).rows as {
    enrollment_id: string;
    conversions: string | number;
    earnings: string | number;
  }[];
  await ctx.db.execute(
    insertConversionRollups(scope, {
      enrollmentIds: deleted.map((d) => d.enrollment_id),
      conversions: deleted.map((d) => Number(d.conversions)),
      earnings: deleted.map((d) => Number(d.earnings)),
    }),
  );
}
