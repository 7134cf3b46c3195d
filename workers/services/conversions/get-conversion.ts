import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  commissions,
  conversions,
  payoutBatches,
  payoutItemCommissions,
  payoutItems,
  users,
  type Commission,
  type Conversion,
  type PayoutBatch,
  type PayoutItem,
} from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { wordRuleVerdicts } from '../programs';

export interface ConversionDetail {
  conversion: Conversion;
  affiliateEmail: string | null;
  reviewer: { id: string; email: string } | null;
  /** Every line of the conversion, direct first, then the upline levels. */
  lines: Commission[];
  /** The payout item (and its batch) that pays each line that is in a payout. */
  payouts: { commissionId: string; item: PayoutItem; batch: PayoutBatch }[];
}

const reviewers = alias(users, 'reviewer');

/** One conversion of the organization with all its commission lines; not_found for another tenant's. */
export async function getConversion({ ctx, input }: ServiceCall<{ conversionId: string }>): Promise<ConversionDetail> {
  const [row] = await ctx.db
    .select({
      conversion: conversions,
      affiliateEmail: users.email,
      reviewer: { id: reviewers.id, email: reviewers.email },
    })
    .from(conversions)
    .leftJoin(users, eq(users.id, conversions.affiliateId))
    .leftJoin(reviewers, eq(reviewers.id, conversions.reviewedById))
    .where(
      and(eq(conversions.id, input.conversionId), eq(conversions.organizationId, actingAdvertiser(ctx).organizationId)),
    );
  if (!row) throw new NotFoundError('conversion', input.conversionId);
  const lines = await ctx.db
    .select()
    .from(commissions)
    .where(eq(commissions.conversionId, row.conversion.id))
    .orderBy(asc(commissions.level), asc(commissions.kind));
  await wordRuleVerdicts({ ctx, input: lines });
  const payouts = await ctx.db
    .select({ commissionId: commissions.id, item: payoutItems, batch: payoutBatches })
    .from(commissions)
    .innerJoin(payoutItemCommissions, eq(payoutItemCommissions.commissionId, commissions.id))
    .innerJoin(payoutItems, eq(payoutItems.id, payoutItemCommissions.payoutItemId))
    .innerJoin(payoutBatches, eq(payoutBatches.id, payoutItems.batchId))
    .where(eq(commissions.conversionId, row.conversion.id));
  return { ...row, lines, payouts };
}
