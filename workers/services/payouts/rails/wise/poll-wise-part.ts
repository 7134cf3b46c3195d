import { and, eq } from 'drizzle-orm';
import { payoutItems, wiseTransfers } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { getTransfer, type WiseConfig } from '../../../../integrations/wise';
import type { NotificationRequest } from '../../../notifications';
import { finishPartPoll } from '../../finish-part-poll';
import type { SentPart } from '../rail';
import { recordWiseTransfer } from './record-wise-transfer';

/**
 * One Wise part: each transfer whose item is still pending (on its way, or a lost webhook) is read back
 * (GET /v1/transfers/{id}) and settled by its state, the same step the send and the webhook take.
 */
export async function pollWisePart({ ctx, input }: ServiceCall<{ cfg: WiseConfig; part: SentPart }>): Promise<number> {
  const { cfg, part } = input;
  const open = await ctx.db
    .select({ id: payoutItems.id, transferId: wiseTransfers.transferId, quoteId: wiseTransfers.quoteId })
    .from(payoutItems)
    .innerJoin(wiseTransfers, eq(wiseTransfers.payoutItemId, payoutItems.id))
    .where(
      and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part), eq(payoutItems.status, 'pending')),
    );
  const notifications: NotificationRequest[] = [];
  for (const item of open) {
    const transfer = await getTransfer(cfg, item.transferId);
    const recorded = {
      payoutItemId: item.id,
      transferId: item.transferId,
      quoteId: item.quoteId,
      state: transfer.status,
      completion: false,
    };
    notifications.push(...(await inTransaction(ctx, (tx) => recordWiseTransfer({ ctx: tx, input: recorded }))));
  }
  return finishPartPoll({
    ctx,
    input: { part, polledItemIds: open.map((i) => i.id), notifications },
  });
}
