import { and, asc, eq, sql } from 'drizzle-orm';
import {
  payoutBatchParts,
  payoutItems,
  wiseRecipients,
  wiseTransfers,
  type PayoutBatchPart,
} from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { railRefusal } from '../../../../domain/payout-rails';
import {
  createTransfer,
  fundTransfer,
  getTransfer,
  WiseApiError,
  type WiseConfig,
} from '../../../../integrations/wise';
import { enqueueNotifications } from '../../../notifications';
import type { PartOutcome } from '../rail';
import { failWiseItem } from './fail-wise-item';
import { quoteForItem } from './quote-for-item';
import { recordWiseTransfer } from './record-wise-transfer';

/** Wise's reference on the affiliate's bank statement: short, as some routes allow few characters. */
const reference = (itemId: string) => `Payout ${itemId.slice(0, 8)}`;

/**
 * Sends one claimed Wise part, item by item: a quote (Wise's fee on top), the transfer with the item id as its
 * customerTransactionId (Wise answers a repeat with the first transfer, so a crash, a retry or a second sender
 * never makes two), the transfer recorded, then funded from the profile's balance once, only while Wise says it
 * waits for its money. A definite refusal before any transfer fails that item alone; Wise unreachable, a 5xx or
 * a balance too short to fund leaves the part 'sending' for the recovery cron, which picks up where this stopped.
 */
export async function sendWisePart({
  ctx,
  input,
}: ServiceCall<{ cfg: WiseConfig; part: PayoutBatchPart; currency: string }>): Promise<PartOutcome> {
  const { cfg, part, currency } = input;
  const items = await ctx.db
    .select({
      id: payoutItems.id,
      amountMinor: payoutItems.amountMinor,
      accountId: payoutItems.destinationRef,
      targetCurrency: wiseRecipients.currency,
      transferId: wiseTransfers.transferId,
      quoteId: wiseTransfers.quoteId,
      fundedAt: wiseTransfers.fundedAt,
    })
    .from(payoutItems)
    .leftJoin(
      wiseRecipients,
      and(
        eq(wiseRecipients.accountId, sql`${payoutItems.destinationRef}`),
        eq(wiseRecipients.organizationId, payoutItems.organizationId),
        eq(wiseRecipients.affiliateId, payoutItems.affiliateId),
      ),
    )
    .leftJoin(wiseTransfers, eq(wiseTransfers.payoutItemId, payoutItems.id))
    .where(
      and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part), eq(payoutItems.status, 'pending')),
    )
    .orderBy(asc(payoutItems.id));
  const refusal = railRefusal('wise', currency);
  for (const item of items) {
    try {
      if (item.transferId && item.fundedAt) continue;
      let transferId = item.transferId;
      let quoteId = item.quoteId;
      if (!transferId) {
        if (refusal || !item.accountId) {
          await failWiseItem({
            ctx,
            input: {
              payoutItemId: item.id,
              reason: refusal ? `no transfers in ${currency}` : 'no recipient account',
              code: refusal ?? 'wise_recipient_missing',
            },
          });
          continue;
        }
        const quote = await quoteForItem(cfg, {
          amountMinor: item.amountMinor,
          currency,
          targetCurrency: item.targetCurrency ?? currency,
          targetAccount: Number(item.accountId),
        });
        const transfer = await createTransfer(cfg, {
          targetAccount: Number(item.accountId),
          quoteUuid: quote.quoteId,
          customerTransactionId: item.id,
          reference: reference(item.id),
        });
        transferId = String(transfer.id);
        // The transfer Wise answered may be the first attempt's (same customerTransactionId): its own quote counts.
        quoteId = transfer.quoteUuid ?? quote.quoteId;
        const created = { payoutItemId: item.id, transferId, quoteId, state: transfer.status, completion: false };
        await inTransaction(ctx, (tx) => recordWiseTransfer({ ctx: tx, input: created }));
      }
      // Fund only a transfer Wise still waits on: one funded before a crash reads as processing or later.
      const current = await getTransfer(cfg, transferId);
      let state = current.status;
      let funded = state !== 'incoming_payment_waiting';
      if (!funded) {
        const payment = await fundTransfer(cfg, transferId);
        if (payment.status !== 'COMPLETED') {
          await ctx.db
            .update(payoutBatchParts)
            .set({
              lastError: `Wise did not fund transfer ${transferId}: ${payment.errorCode ?? 'rejected'}`,
              updatedAt: part.updatedAt,
            })
            .where(eq(payoutBatchParts.id, part.id));
          ctx.log.error('wise_funding_rejected', {
            partId: part.id,
            payoutItemId: item.id,
            errorCode: payment.errorCode ?? null,
          });
          return 'unsure';
        }
        funded = true;
        state = (await getTransfer(cfg, transferId)).status;
      }
      const notifications = await inTransaction(ctx, (tx) =>
        recordWiseTransfer({
          ctx: tx,
          input: {
            payoutItemId: item.id,
            transferId: transferId!,
            quoteId: quoteId!,
            state,
            funded,
            completion: false,
          },
        }),
      );
      if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
    } catch (err) {
      if (err instanceof WiseApiError && err.definite && !item.transferId) {
        ctx.log.warn('wise_transfer_refused', {
          payoutItemId: item.id,
          status: err.status,
          code: err.errors[0]?.code ?? null,
        });
        await failWiseItem({
          ctx,
          input: { payoutItemId: item.id, reason: err.message, code: err.errors[0]?.code ?? `http_${err.status}` },
        });
        continue;
      }
      // Unsure: the transfer or its funding may exist. Keep the claim time, so the recovery re-sends this part once
      // it is stale with the same customerTransactionIds and reads the funding back before funding again.
      await ctx.db
        .update(payoutBatchParts)
        .set({ lastError: String(err).slice(0, 1000), updatedAt: part.updatedAt })
        .where(eq(payoutBatchParts.id, part.id));
      ctx.log.error('wise_part_unsure', { partId: part.id, payoutItemId: item.id, error: String(err) });
      return 'unsure';
    }
  }
  // Sent when any transfer exists (now or from an earlier run); failed when Wise refused every item.
  const reached = await ctx.db.execute(sql`
    SELECT EXISTS (SELECT 1 FROM affiliate.payout_items i JOIN affiliate.wise_transfers w ON w.payout_item_id = i.id
                   WHERE i.batch_id = ${part.batchId} AND i.part = ${part.part}) AS reached`);
  const status = (reached.rows[0] as { reached: boolean }).reached ? 'sent' : 'failed';
  const [done] = await ctx.db
    .update(payoutBatchParts)
    .set({
      status,
      sentAt: status === 'sent' ? ctx.now : null,
      lastError: status === 'sent' ? null : 'Wise refused every transfer of this part',
      updatedAt: ctx.now,
    })
    .where(and(eq(payoutBatchParts.id, part.id), eq(payoutBatchParts.status, 'sending')))
    .returning({ id: payoutBatchParts.id });
  return done ? status : 'unsure';
}
