import { and, asc, eq, inArray } from 'drizzle-orm';
import {
  type Commission,
  commissions,
  type PayoutBatch,
  type PayoutItem,
  payoutBatches,
  payoutItemCommissions,
  payoutItems,
} from '../../../schema';
import type { ServiceCall } from '../../context';
import { wordRuleVerdicts } from '../programs';

export interface ExplainedLine {
  commission: Commission;
  /** The payout item that pays (or paid) the line and its batch; null while it is in no payout. */
  payout: { item: PayoutItem; batch: PayoutBatch } | null;
}

/** The commission lines of these conversions with the payout that pays each; `beneficiaryId` narrows to one payee. */
export async function explainLines({
  ctx,
  input: { conversionIds, beneficiaryId },
}: ServiceCall<{ conversionIds: string[]; beneficiaryId: string | undefined }>): Promise<ExplainedLine[]> {
  if (conversionIds.length === 0) return [];
  const rows = await ctx.db
    .select({ commission: commissions, item: payoutItems, batch: payoutBatches })
    .from(commissions)
    .leftJoin(payoutItemCommissions, eq(payoutItemCommissions.commissionId, commissions.id))
    .leftJoin(payoutItems, eq(payoutItems.id, payoutItemCommissions.payoutItemId))
    .leftJoin(payoutBatches, eq(payoutBatches.id, payoutItems.batchId))
    .where(
      and(
        inArray(commissions.conversionId, conversionIds),
        beneficiaryId ? eq(commissions.beneficiaryId, beneficiaryId) : undefined,
      ),
    )
    .orderBy(asc(commissions.level), asc(commissions.id));
  await wordRuleVerdicts({ ctx, input: rows.map((r) => r.commission) });
  return rows.map(({ commission, item, batch }) => ({ commission, payout: item && batch ? { item, batch } : null }));
}
