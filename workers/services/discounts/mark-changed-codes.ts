import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

/**
 * The discount an enrollment's audience gets, in SQL: the group's when it sets one (`none` is no
 * discount), else the program's — domain's effectiveDiscount, which the sync then reads per row.
 */
export const wantedDiscountSql = sql`CASE WHEN g.discount IS NULL THEN p.discount
  WHEN g.discount->>'type' = 'none' THEN NULL ELSE g.discount END`;

/**
 * Finds the enrollments of apps with a Stripe key whose wanted code (discount, coupon code, status)
 * differs from what was last synced, and marks their rows pending under a new revision. Nothing has
 * to remember to call it when a program, group or enrollment changes: it compares the rows
 * themselves, so no change is missed whatever path made it. Returns how many it marked.
 */
export async function markChangedCodes({ ctx }: ServiceCall<void>): Promise<number> {
  const rows = await ctx.db.execute<{ enrollment_id: string }>(sql`
    INSERT INTO affiliate.stripe_promotion_codes AS s
      (enrollment_id, organization_id, app_id, status, revision, next_attempt_at, created_at, updated_at)
    SELECT e.id, e.organization_id, p.app_id, 'pending', 1, ${ctx.now}, ${ctx.now}, ${ctx.now}
    FROM affiliate.enrollments e
    JOIN affiliate.programs p ON p.id = e.program_id
    JOIN affiliate.program_groups g ON g.id = e.group_id
    JOIN affiliate.apps a ON a.id = p.app_id
    LEFT JOIN affiliate.stripe_promotion_codes x ON x.enrollment_id = e.id
    WHERE a.stripe_restricted_key_encrypted IS NOT NULL
      AND (p.discount IS NOT NULL OR g.discount IS NOT NULL OR x.enrollment_id IS NOT NULL)
      AND CASE WHEN x.enrollment_id IS NULL
        THEN ${wantedDiscountSql} IS NOT NULL AND e.coupon_code IS NOT NULL AND e.status = 'active'
        ELSE x.status = 'synced' AND (
          x.discount IS DISTINCT FROM ${wantedDiscountSql}
          OR x.code IS DISTINCT FROM e.coupon_code
          OR x.want_active <> (e.status = 'active'))
      END
    ON CONFLICT (enrollment_id) DO UPDATE SET
      status = 'pending', revision = s.revision + 1, attempts = 0, next_attempt_at = ${ctx.now},
      updated_at = ${ctx.now}
    RETURNING enrollment_id`);
  return rows.rows.length;
}
