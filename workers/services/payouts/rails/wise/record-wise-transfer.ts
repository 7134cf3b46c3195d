import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../../../context';
import type { NotificationRequest } from '../../../notifications';
import { settleItemResult } from '../../settle-item-result';
import { wiseResult } from './transfer-state';

/**
 * Inside the caller's transaction: records the item's transfer (once; later reads update its state and
 * funding) and settles the item by the transfer's state through the one transition table.
 */
export async function recordWiseTransfer({
  ctx,
  input,
}: ServiceCall<{
  payoutItemId: string;
  transferId: string;
  quoteId: string;
  state: string;
  funded?: boolean;
  completion?: boolean;
}>): Promise<NotificationRequest[]> {
  await ctx.db.execute(sql`
    INSERT INTO affiliate.wise_transfers (payout_item_id, customer_transaction_id, quote_id, transfer_id, state, funded_at, created_at, updated_at)
    VALUES (${input.payoutItemId}, ${input.payoutItemId}, ${input.quoteId}, ${input.transferId}, ${input.state},
            ${input.funded ? ctx.now : null}, ${ctx.now}, ${ctx.now})
    ON CONFLICT (payout_item_id) DO UPDATE SET state = excluded.state,
      funded_at = coalesce(wise_transfers.funded_at, excluded.funded_at), updated_at = excluded.updated_at`);
  const result = await settleItemResult({
    ctx,
    input: { ...wiseResult(input.payoutItemId, input.state), completion: input.completion ?? true },
  });
  return result.notifications;
}
