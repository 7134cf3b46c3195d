import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';

export interface UnproposedBalance {
  currency: string;
  /** Affiliates with approved lines that no payout took. */
  affiliates: number;
  /** Of them, without a verified PayPal email: they are never proposed until they verify one. */
  noVerifiedPaypal: number;
  /** Of them, with a verified email: their net is below the payout minimum (or not positive). */
  belowMinimum: number;
  /** The net of those lines, in minor units. */
  totalMinor: number;
}

/**
 * Right after a proposal, what it left behind and why, per currency: every approved line not linked
 * to a payout belongs to an affiliate the proposal skipped, either for want of a verified PayPal
 * email or because the net did not reach the minimum. "Propose now" shows it as the reason.
 */
export async function unproposedBalances({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<UnproposedBalance[]> {
  const { organizationId } = input;
  const result = await ctx.db.execute(sql`
    SELECT a.currency, count(*)::int AS affiliates,
           count(*) FILTER (WHERE NOT a.verified)::int AS no_verified_paypal,
           count(*) FILTER (WHERE a.verified)::int AS below_minimum,
           sum(a.net)::text AS total_minor
    FROM (
      SELECT c.currency, c.beneficiary_id, sum(c.amount_minor) AS net,
             bool_or(u.paypal_email IS NOT NULL AND u.paypal_email_verified_at IS NOT NULL) AS verified
      FROM affiliate.commissions c
      JOIN affiliate.users u ON u.id = c.beneficiary_id
      WHERE c.organization_id = ${organizationId} AND c.status = 'approved'
        AND NOT EXISTS (SELECT 1 FROM affiliate.payout_item_commissions l WHERE l.commission_id = c.id)
      GROUP BY c.currency, c.beneficiary_id
    ) a
    GROUP BY a.currency ORDER BY a.currency`);
  return (
    result.rows as {
      currency: string;
      affiliates: number;
      no_verified_paypal: number;
      below_minimum: number;
      total_minor: string;
    }[]
  ).map((r) => ({
    currency: r.currency,
    affiliates: r.affiliates,
    noVerifiedPaypal: r.no_verified_paypal,
    belowMinimum: r.below_minimum,
    totalMinor: Number(r.total_minor),
  }));
}
