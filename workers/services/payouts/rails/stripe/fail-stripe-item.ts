import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../../../context';
import { failRefusedItem } from '../../fail-refused-item';

/**
 * Stripe refused an item's transfer outright (a 4xx: the account cannot receive transfers, the
 * advertiser's balance is short, a currency it cannot pay): no money moved, so the item fails and
 * its lines return to the balance in one transaction, exactly as a refused PayPal part's items do.
 * Only a pending item without a transfer fails; a second call changes nothing.
 */
export function failStripeItem({
  ctx,
  input,
}: ServiceCall<{ payoutItemId: string; reason: string; code: string | null }>): Promise<boolean> {
  return failRefusedItem({
    ctx,
    input: {
      payoutItemId: input.payoutItemId,
      unpaid: sql`SELECT id FROM affiliate.payout_items WHERE id = ${input.payoutItemId} AND status = 'pending' AND stripe_transfer_id IS NULL`,
      failureReason: `Stripe refused the transfer: ${input.reason}`,
      code: input.code,
    },
  });
}
