import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../../../context';
import { failRefusedItem } from '../../fail-refused-item';

/** Only a pending item Tremendous holds no order for can fail here: an order's result comes from Tremendous. */
const withoutOrder = (id: string) =>
  sql`SELECT i.id FROM affiliate.payout_items i WHERE i.id = ${id} AND i.status = 'pending'
      AND NOT EXISTS (SELECT 1 FROM affiliate.tremendous_orders o WHERE o.payout_item_id = i.id)`;

/**
 * Tremendous refused an item's order outright (a 4xx: no gift card for the country, the funding source
 * short, a currency it does not sell): no money moved, so the item fails and its lines return to the
 * balance in one transaction. A second call changes nothing.
 */
export function failTremendousItem({
  ctx,
  input,
}: ServiceCall<{ payoutItemId: string; reason: string; code: string | null }>): Promise<boolean> {
  return failRefusedItem({
    ctx,
    input: {
      payoutItemId: input.payoutItemId,
      unpaid: withoutOrder(input.payoutItemId),
      failureReason: `Tremendous refused the gift card: ${input.reason}`,
      code: input.code,
    },
  });
}
