import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

/** The most months the list answers: ten years of monthly statements. */
const MAX_MONTHS = 120;

/** The months (YYYY-MM, UTC, newest first) in which the organization earned, reversed or paid anything. */
export async function listStatementMonths({ ctx }: ServiceCall<void>): Promise<string[]> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const rows = await ctx.db.execute(sql`
    SELECT DISTINCT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM') AS month FROM (
      SELECT created_at AS at FROM affiliate.commissions WHERE organization_id = ${organizationId} AND status <> 'rejected'
      UNION ALL
      SELECT reversed_at FROM affiliate.commissions WHERE organization_id = ${organizationId} AND status = 'reversed' AND reversed_at IS NOT NULL
      UNION ALL
      SELECT paid_at FROM affiliate.payout_items WHERE organization_id = ${organizationId} AND status = 'success' AND paid_at IS NOT NULL
    ) activity
    ORDER BY month DESC
    LIMIT ${MAX_MONTHS}`);
  return (rows.rows as { month: string }[]).map((r) => r.month);
}
