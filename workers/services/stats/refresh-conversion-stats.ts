import { sql } from 'drizzle-orm';
import type { ServiceContext } from '../../context';
import {
  deleteConversionRollups,
  insertConversionRollups,
  upsertEnrollmentConversionTotals,
} from './conversion-rollups-sql';

export interface ConversionStatsChange {
  /** Conversions written in this transaction. */
  conversionIds?: string[];
  /** Commission lines written in this transaction (their conversions' buckets are refreshed). */
  commissionIds?: string[];
}

/**
 * Recomputes, from raw rows, the conversion and commission rollups of every (advertiser, UTC hour)
 * the changed conversions and lines belong to, and the conversion totals of their enrollments.
 * Call it last in the transaction that made the change. It first takes a transaction-scoped
 * advisory lock per bucket and per enrollment, in one sorted order: a concurrent recompute of the
 * same rows waits for this commit, and its later statements then see these raw rows.
 */
export async function refreshConversionStats(ctx: ServiceContext, change: ConversionStatsChange): Promise<void> {
  const conversionIds = change.conversionIds ?? [];
  const commissionIds = change.commissionIds ?? [];
  if (conversionIds.length === 0 && commissionIds.length === 0) return;
  const locked = await ctx.db.execute(sql`
    WITH changed AS (
      SELECT unnest(${sql.param(conversionIds)}::uuid[]) AS id
      UNION SELECT conversion_id FROM affiliate.commissions WHERE id = ANY(${sql.param(commissionIds)}::uuid[])
    ),
    keys AS (
      SELECT 'b' AS kind, v.organization_id AS org, date_trunc('hour', v.occurred_at, 'UTC') AS hour, NULL::uuid AS enrollment_id
      FROM affiliate.conversions v JOIN changed ON changed.id = v.id
      UNION
      SELECT 'e', NULL, NULL, v.enrollment_id FROM affiliate.conversions v JOIN changed ON changed.id = v.id
      WHERE v.enrollment_id IS NOT NULL
      UNION
      SELECT 'e', NULL, NULL, c.enrollment_id FROM affiliate.commissions c JOIN changed ON changed.id = c.conversion_id
      WHERE c.level = 0 AND c.enrollment_id IS NOT NULL
    )
    SELECT kind, org, to_char(hour AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS hour, enrollment_id,
      pg_advisory_xact_lock(hashtextextended(
        concat_ws(':', 'stats', kind, org, extract(epoch FROM hour)::bigint, enrollment_id), 0))
    FROM keys
    ORDER BY kind, org, hour, enrollment_id`);
  const rows = locked.rows as {
    kind: 'b' | 'e';
    org: string | null;
    hour: string | null;
    enrollment_id: string | null;
  }[];
  const buckets = rows.filter((r) => r.kind === 'b');
  const enrollmentIds = rows.filter((r) => r.kind === 'e').map((r) => r.enrollment_id!);
  if (buckets.length > 0) {
    const scope = {
      kind: 'buckets' as const,
      organizationIds: buckets.map((b) => b.org!),
      hours: buckets.map((b) => b.hour!),
    };
    await ctx.db.execute(deleteConversionRollups(scope));
    await ctx.db.execute(insertConversionRollups(scope));
  }
  if (enrollmentIds.length > 0) await ctx.db.execute(upsertEnrollmentConversionTotals(enrollmentIds));
}
