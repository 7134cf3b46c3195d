import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/** How long a claimed row is left alone: longer than one row's Stripe calls ever take. */
const LEASE_SECONDS = 120;

export interface ClaimedCode {
  enrollmentId: string;
  revision: number;
}

/**
 * Takes up to `limit` rows whose sync is due (pending, or failed and past its backoff) and leases
 * them by moving their next attempt on, so a second cron run at the same time takes others. A row
 * whose run dies is taken again when its lease ends.
 */
export async function claimDueCodes({ ctx, input }: ServiceCall<{ limit: number }>): Promise<ClaimedCode[]> {
  const rows = await ctx.db.execute<{ enrollment_id: string; revision: number }>(sql`
    UPDATE affiliate.stripe_promotion_codes s
    SET next_attempt_at = ${ctx.now}::timestamptz + make_interval(secs => ${LEASE_SECONDS})
    WHERE s.enrollment_id IN (
      SELECT enrollment_id FROM affiliate.stripe_promotion_codes
      WHERE status IN ('pending', 'failed') AND next_attempt_at <= ${ctx.now}
      ORDER BY next_attempt_at
      LIMIT ${input.limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING s.enrollment_id, s.revision`);
  return rows.rows.map((r) => ({ enrollmentId: r.enrollment_id, revision: Number(r.revision) }));
}
