import { and, eq, isNull } from 'drizzle-orm';
import { payoutBatches, payoutItems, wiseRecipients, wiseTransfers } from '../../../../../schema';
import type { ServiceCall } from '../../../../context';
import { NotFoundError } from '../../../../errors/app-error';
import { actingAdvertiser } from '../../../access';
import { callWise } from './call-wise';
import { quoteForItem, type WiseItemQuote } from './quote-for-item';
import { requireWiseAccount } from '../../../wise-accounts';

/** At most this many items are quoted per request (each is one or two Wise calls). */
const QUOTED_ITEMS = 50;

/**
 * Live Wise quotes for a batch's Wise items not sent yet: what each costs and what the affiliate receives, so
 * finance sees Wise's fee before sending. Quotes expire; sending asks Wise again.
 */
export async function quoteWiseBatch({ ctx, input }: ServiceCall<{ batchId: string }>) {
  const { organizationId } = actingAdvertiser(ctx);
  const [batch] = await ctx.db
    .select({ id: payoutBatches.id, currency: payoutBatches.currency })
    .from(payoutBatches)
    .where(and(eq(payoutBatches.id, input.batchId), eq(payoutBatches.organizationId, organizationId)));
  if (!batch) throw new NotFoundError('Payout batch');
  const items = await ctx.db
    .select({
      id: payoutItems.id,
      amountMinor: payoutItems.amountMinor,
      accountId: payoutItems.destinationRef,
      targetCurrency: wiseRecipients.currency,
    })
    .from(payoutItems)
    .leftJoin(
      wiseRecipients,
      and(
        eq(wiseRecipients.accountId, payoutItems.destinationRef),
        eq(wiseRecipients.organizationId, payoutItems.organizationId),
        eq(wiseRecipients.affiliateId, payoutItems.affiliateId),
      ),
    )
    .leftJoin(wiseTransfers, eq(wiseTransfers.payoutItemId, payoutItems.id))
    .where(
      and(
        eq(payoutItems.batchId, batch.id),
        eq(payoutItems.rail, 'wise'),
        eq(payoutItems.status, 'pending'),
        isNull(wiseTransfers.payoutItemId),
      ),
    )
    .orderBy(payoutItems.id)
    .limit(QUOTED_ITEMS);
  if (items.length === 0) return { currency: batch.currency, items: [], feeMinor: 0, sourceMinor: 0 };
  const cfg = await requireWiseAccount({ ctx, input: { organizationId } });
  const quoted: (WiseItemQuote & { payoutItemId: string; amountMinor: number })[] = [];
  for (const item of items)
    quoted.push({
      payoutItemId: item.id,
      amountMinor: item.amountMinor,
      ...(await callWise(() =>
        quoteForItem(cfg, {
          amountMinor: item.amountMinor,
          currency: batch.currency,
          targetCurrency: item.targetCurrency ?? batch.currency,
        }),
      )),
    });
  return {
    currency: batch.currency,
    items: quoted,
    feeMinor: quoted.reduce((s, q) => s + q.feeMinor, 0),
    sourceMinor: quoted.reduce((s, q) => s + q.sourceMinor, 0),
  };
}
