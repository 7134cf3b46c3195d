import { and, eq, sql } from 'drizzle-orm';
import { payoutItems } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { enqueueNotifications } from '../../../notifications';
import { refreshConversionStats } from '../../../stats';
import { payoutNotification } from '../../payout-notification';
import { releaseItemLines } from '../../release-item-lines';

/**
 * Stripe refused an item's transfer outright (a 4xx: the account cannot receive transfers, the
 * advertiser's balance is short, a currency it cannot pay): no money moved, so the item fails and
 * its lines return to the balance in one transaction, exactly as a refused PayPal part's items do.
 * Only a pending item without a transfer fails; a second call changes nothing.
 */
export async function failStripeItem({
  ctx,
  input,
}: ServiceCall<{ payoutItemId: string; reason: string; code: string | null }>): Promise<boolean> {
  const failed = await inTransaction(ctx, async (tx) => {
    const items = sql`SELECT id FROM affiliate.payout_items WHERE id = ${input.payoutItemId} AND status = 'pending' AND stripe_transfer_id IS NULL`;
    const released = await releaseItemLines({ ctx: tx, input: { items, from: 'in_payout' } });
    const [item] = await tx.db
      .update(payoutItems)
      .set({
        status: 'failed',
        failureReason: `Stripe refused the transfer: ${input.reason}`.slice(0, 1000),
        failureCode: input.code?.slice(0, 100) ?? null,
        updatedAt: ctx.now,
      })
      .where(
        and(
          eq(payoutItems.id, input.payoutItemId),
          eq(payoutItems.status, 'pending'),
          sql`${payoutItems.stripeTransferId} IS NULL`,
        ),
      )
      .returning();
    await refreshConversionStats({ ctx: tx, input: { commissionIds: released } });
    return item ?? null;
  });
  if (failed)
    await enqueueNotifications({
      ctx,
      input: { requests: [payoutNotification(failed, 'failed', { errorCode: input.code })] },
    });
  return failed !== null;
}
