import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

export interface DiscountSummaryRow {
  currency: string;
  /** Sales and rebills in the range, and what they brought in. */
  sales: number;
  revenueMinor: number;
  /** Those that Stripe reported a discount on, and the amount taken off. */
  discountedSales: number;
  discountMinor: number;
}

/**
 * Discounts given against revenue, per currency, for sales and rebills that happened in
 * [from, to): from the `stripe_discount` Stripe's events left on each conversion.
 */
export async function summarizeDiscounts({
  ctx,
  input,
}: ServiceCall<{ from: Date; to: Date }>): Promise<DiscountSummaryRow[]> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const rows = await ctx.db.execute<{
    currency: string;
    sales: number;
    revenue_minor: string;
    discounted_sales: number;
    discount_minor: string;
  }>(sql`
    SELECT c.currency,
      count(*)::int AS sales,
      coalesce(sum(c.amount_minor), 0)::text AS revenue_minor,
      count(*) FILTER (WHERE c.metadata ? 'stripe_discount')::int AS discounted_sales,
      coalesce(sum((c.metadata -> 'stripe_discount' ->> 'amount_minor')::bigint), 0)::text AS discount_minor
    FROM affiliate.conversions c
    WHERE c.organization_id = ${organizationId}
      AND c.event_type IN ('sale', 'rebill')
      AND c.status NOT IN ('rejected')
      AND c.currency IS NOT NULL
      AND c.occurred_at >= ${input.from} AND c.occurred_at < ${input.to}
    GROUP BY c.currency
    ORDER BY c.currency`);
  return rows.rows.map((r) => ({
    currency: r.currency,
    sales: Number(r.sales),
    revenueMinor: Number(r.revenue_minor),
    discountedSales: Number(r.discounted_sales),
    discountMinor: Number(r.discount_minor),
  }));
}
