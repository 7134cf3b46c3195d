import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../../../context';
import { failRefusedItem } from '../../fail-refused-item';

/** Only a pending item Wise holds no transfer for can fail here: a transfer's result comes from Wise. */
const withoutTransfer = (id: string) =>
  sql`SELECT i.id FROM affiliate.payout_items i WHERE i.id = ${id} AND i.status = 'pending'
      AND NOT EXISTS (SELECT 1 FROM affiliate.wise_transfers w WHERE w.payout_item_id = i.id)`;

/**
 * Wise refused an item outright (a 4xx on the quote or the transfer: a route it does not pay, a recipient it
 * closed): no transfer exists and no money moved, so the item fails and its lines return to the balance in one
 * transaction. A second call changes nothing.
 */
export function failWiseItem({
  ctx,
  input,
}: ServiceCall<{ payoutItemId: string; reason: string; code: string | null }>): Promise<boolean> {
  return failRefusedItem({
    ctx,
    input: {
      payoutItemId: input.payoutItemId,
      unpaid: withoutTransfer(input.payoutItemId),
      failureReason: `Wise refused the transfer: ${input.reason}`,
      code: input.code,
    },
  });
}
