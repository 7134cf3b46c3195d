import { and, eq } from 'drizzle-orm';
import { payoutBatchParts, payoutItems } from '../../../../../schema';
import type { PayoutItemStatus } from '../../../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../../../context';
import { itemTransition, PaypalItemStatus } from '../../../../domain/payout-item-transition';
import { listAllPayoutItems } from '../../../../integrations/paypal/get-payout-batch';
import type { PayPalConfig } from '../../../../integrations/paypal/paypal-config';
import { enqueueNotifications, type NotificationRequest } from '../../../notifications';
import { completePayoutBatch } from '../../complete-payout-batch';
import { settleItemResult } from '../../settle-item-result';
import { settlePaidItems, type PaidResult } from './settle-paid-items';
import type { SentPart } from '../rail';
import { failPayoutPart } from './fail-payout-part';

const KNOWN = new Set<string>(PaypalItemStatus);
const PAID_CHUNK = 1_000;

/** One part: PayPal's item list (all pages) against ours; only results that change something are applied. */
export async function pollPaypalPart({
  ctx,
  input,
}: ServiceCall<{ cfg: PayPalConfig; part: SentPart }>): Promise<number> {
  const { cfg, part } = input;
  // A part PayPal never acknowledged has no batch to read; the recovery cron re-sends it.
  if (!part.paypalBatchId) return 0;
  const remote = await listAllPayoutItems(cfg, part.paypalBatchId);
  const ours = await ctx.db
    .select({ id: payoutItems.id, status: payoutItems.status })
    .from(payoutItems)
    .where(and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part)));
  const statusOf = new Map<string, PayoutItemStatus>(ours.map((i) => [i.id, i.status]));
  const notifications: NotificationRequest[] = [];
  const paid: PaidResult[] = [];
  let applied = 0;
  for (const r of remote.items) {
    const current = r.senderItemId ? statusOf.get(r.senderItemId) : undefined;
    if (!current || !KNOWN.has(r.transactionStatus)) continue;
    const status = r.transactionStatus as PaypalItemStatus;
    const kind = itemTransition(current, status).kind;
    if (kind === 'none') continue;
    // Payments are the bulk of a part's results: settled together, PAID_CHUNK per transaction.
    if (kind === 'pay') {
      paid.push({ payoutItemId: r.senderItemId!, paypalItemId: r.payoutItemId, transactionId: r.transactionId });
      continue;
    }
    const outcome = await inTransaction(ctx, (tx) =>
      settleItemResult({
        ctx: tx,
        input: {
          payoutItemId: r.senderItemId!,
          paypalItemId: r.payoutItemId,
          transactionStatus: status,
          transactionId: r.transactionId,
          error: r.error,
          completion: false,
        },
      }),
    );
    notifications.push(...outcome.notifications);
    if (outcome.outcome === 'applied') applied++;
  }
  for (let i = 0; i < paid.length; i += PAID_CHUNK) {
    const sent = await settlePaidItems({ ctx, input: { results: paid.slice(i, i + PAID_CHUNK) } });
    notifications.push(...sent);
    applied += sent.length;
  }
  await ctx.db
    .update(payoutBatchParts)
    .set({ paypalStatus: remote.batchStatus, lastPolledAt: ctx.now, updatedAt: ctx.now })
    .where(eq(payoutBatchParts.id, part.id));
  // A batch PayPal denied or canceled as a whole never gives its items a result: without this the
  // part would be polled for ever and its lines stay in payout.
  if (remote.batchStatus === 'DENIED' || remote.batchStatus === 'CANCELED')
    await failPayoutPart({
      ctx,
      input: { part, reason: `PayPal ${remote.batchStatus.toLowerCase()} the batch`, from: 'sent' },
    });
  await completePayoutBatch({ ctx, input: { batchId: part.batchId } });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  return applied;
}
