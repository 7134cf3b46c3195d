import { and, asc, eq, sql } from 'drizzle-orm';
import { payoutBatchParts, payoutItems, type PayoutBatchPart } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { railRefusal, transferIdempotencyKey } from '../../../../domain/payout-rails';
import { createTransfer, StripeApiError, type StripeConfig } from '../../../../integrations/stripe';
import { enqueueNotifications } from '../../../notifications';
import { failStripeItem } from './fail-stripe-item';
import type { PartOutcome } from '../rail';
import { settleItemResult } from '../../settle-item-result';

/** Stripe answers that are definite refusals: nothing was created, so the item may fail and its money return. */
const definite = (err: StripeApiError) =>
  err.status !== null && err.status >= 400 && err.status < 500 && err.status !== 409 && err.status !== 429;

/**
 * Sends one claimed Stripe part: one transfer per pending item to the connected account fixed at
 * proposal time, each with the Idempotency-Key derived from the item, so a re-send after a crash,
 * a retry or a second sender gets the same transfer back from Stripe instead of paying twice.
 * The transfer id and the item's success are written in one transaction. A definite refusal fails
 * that item alone; Stripe unreachable leaves the part 'sending' for the recovery cron.
 */
export async function sendStripePart({
  ctx,
  input,
}: ServiceCall<{ cfg: StripeConfig; part: PayoutBatchPart; currency: string }>): Promise<PartOutcome> {
  const { cfg, part, currency } = input;
  const items = await ctx.db
    .select({ id: payoutItems.id, amountMinor: payoutItems.amountMinor, stripeAccountId: payoutItems.stripeAccountId })
    .from(payoutItems)
    .where(
      and(
        eq(payoutItems.batchId, part.batchId),
        eq(payoutItems.part, part.part),
        eq(payoutItems.status, 'pending'),
        sql`${payoutItems.stripeTransferId} IS NULL`,
      ),
    )
    .orderBy(asc(payoutItems.id));
  const refusal = railRefusal('stripe', currency);
  for (const item of items) {
    if (refusal) {
      await failStripeItem({
        ctx,
        input: { payoutItemId: item.id, reason: `Stripe does not pay ${currency}`, code: refusal },
      });
      continue;
    }
    try {
      const transfer = await createTransfer(
        cfg,
        {
          amountMinor: item.amountMinor,
          currency,
          destination: item.stripeAccountId!,
          payoutItemId: item.id,
          batchId: part.batchId,
        },
        transferIdempotencyKey(item.id),
      );
      const { notifications } = await inTransaction(ctx, async (tx) => {
        await tx.db
          .update(payoutItems)
          .set({ stripeTransferId: transfer.id, updatedAt: tx.now })
          .where(and(eq(payoutItems.id, item.id), sql`${payoutItems.stripeTransferId} IS NULL`));
        return settleItemResult({
          ctx: tx,
          input: {
            payoutItemId: item.id,
            paypalItemId: null,
            transactionStatus: 'SUCCESS',
            transactionId: null,
            error: null,
            completion: false,
          },
        });
      });
      if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
    } catch (err) {
      if (err instanceof StripeApiError && definite(err)) {
        ctx.log.warn('stripe_transfer_refused', { payoutItemId: item.id, status: err.status, code: err.code });
        await failStripeItem({
          ctx,
          input: { payoutItemId: item.id, reason: err.message, code: err.code ?? err.type },
        });
        continue;
      }
      // Unsure (network, 5xx, 429): the transfer may exist. Keep the claim time, so the recovery
      // re-sends this part once it is stale, with the same keys.
      await ctx.db
        .update(payoutBatchParts)
        .set({ lastError: String(err).slice(0, 1000), updatedAt: part.updatedAt })
        .where(eq(payoutBatchParts.id, part.id));
      ctx.log.error('stripe_part_unsure', { partId: part.id, payoutItemId: item.id, error: String(err) });
      return 'unsure';
    }
  }
  // Sent when any transfer exists (now or from an earlier run); failed when Stripe refused every item.
  const reached = await ctx.db.execute(sql`
    SELECT EXISTS (SELECT 1 FROM affiliate.payout_items WHERE batch_id = ${part.batchId} AND part = ${part.part} AND stripe_transfer_id IS NOT NULL) AS reached`);
  const status = (reached.rows[0] as { reached: boolean }).reached ? 'sent' : 'failed';
  const [done] = await ctx.db
    .update(payoutBatchParts)
    .set({
      status,
      sentAt: status === 'sent' ? ctx.now : null,
      lastError: status === 'sent' ? null : 'Stripe refused every transfer of this part',
      updatedAt: ctx.now,
    })
    .where(and(eq(payoutBatchParts.id, part.id), eq(payoutBatchParts.status, 'sending')))
    .returning({ id: payoutBatchParts.id });
  return done ? status : 'unsure';
}
