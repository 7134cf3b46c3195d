import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { commissions, payoutItemCommissions } from '../../../schema';
import type { ServiceCall } from '../../context';
import { splitApproved, sumToMinor } from '../../domain/balance';
import { LIVE_COMMISSION_STATUSES } from '../../domain/commission-status';
import type { BucketTotals } from '../../domain/ledger';

export interface BalanceFilter {
  organizationId?: string;
  affiliateId?: string;
  currency?: string;
}

/** One affiliate's money with one advertiser in one currency, in minor units. */
export interface Balance extends BucketTotals {
  /** The negative part of approved: refunds after payout, netted against the next payout. */
  carryOverMinor: number;
  /** The positive part of approved: what the next payout may carry. */
  availableMinor: number;
}

const sumWhere = (condition: SQL) =>
  sql<string>`coalesce(sum(${commissions.amountMinor}) filter (where ${condition}), 0)`;

/**
 * The one balance query, shared by every API view, the dashboard and the ledger check: sums per
 * (advertiser, affiliate, currency), adjustments included, in SQL integer arithmetic. Approved
 * lines already linked to a payout item are that payout's, not the affiliate's to be paid again.
 */
export async function listBalances({ ctx, input: filter }: ServiceCall<BalanceFilter>): Promise<Balance[]> {
  const where = [
    inArray(commissions.status, [...LIVE_COMMISSION_STATUSES]),
    filter.organizationId ? eq(commissions.organizationId, filter.organizationId) : undefined,
    filter.affiliateId ? eq(commissions.beneficiaryId, filter.affiliateId) : undefined,
    filter.currency ? eq(commissions.currency, filter.currency) : undefined,
  ];
  const rows = await ctx.db
    .select({
      organizationId: commissions.organizationId,
      affiliateId: commissions.beneficiaryId,
      currency: commissions.currency,
      hold: sumWhere(sql`${commissions.status} = 'pending'`),
      disputed: sumWhere(sql`${commissions.status} = 'disputed'`),
      approved: sumWhere(sql`${commissions.status} = 'approved' and ${payoutItemCommissions.commissionId} is null`),
      inPayout: sumWhere(sql`${commissions.status} = 'in_payout'`),
      paid: sumWhere(sql`${commissions.status} = 'paid'`),
    })
    .from(commissions)
    .leftJoin(payoutItemCommissions, eq(payoutItemCommissions.commissionId, commissions.id))
    .where(and(...where))
    .groupBy(commissions.organizationId, commissions.beneficiaryId, commissions.currency)
    .orderBy(asc(commissions.organizationId), asc(commissions.beneficiaryId), asc(commissions.currency));
  return rows.map((row) => {
    const approvedMinor = sumToMinor(row.approved);
    return {
      organizationId: row.organizationId,
      affiliateId: row.affiliateId,
      currency: row.currency,
      holdMinor: sumToMinor(row.hold),
      disputedMinor: sumToMinor(row.disputed),
      approvedMinor,
      inPayoutMinor: sumToMinor(row.inPayout),
      paidMinor: sumToMinor(row.paid),
      ...splitApproved(approvedMinor),
    };
  });
}
