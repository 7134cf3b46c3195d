import { eq } from 'drizzle-orm';
import { postbackDeliveries, type PostbackDelivery } from '../../../schema';
import type { ServiceCall } from '../../context';
import { ConflictError, NotFoundError } from '../../errors/app-error';

/**
 * Puts a delivery back to `pending` for a new series of attempts (admin replay), numbered after
 * the ones it already has. Call inside the transaction that also audits and sends. A delivered
 * postback is never fired again, replay or not.
 */
export async function reopenDelivery({ ctx, input }: ServiceCall<{ deliveryId: string }>): Promise<PostbackDelivery> {
  const [delivery] = await ctx.db
    .select()
    .from(postbackDeliveries)
    .where(eq(postbackDeliveries.id, input.deliveryId))
    .for('update');
  if (!delivery) throw new NotFoundError('postback delivery', input.deliveryId);
  if (delivery.status === 'success') throw new ConflictError('This postback was delivered; it is never fired twice');
  const [reopened] = await ctx.db
    .update(postbackDeliveries)
    .set({ status: 'pending', nextAttemptAt: null })
    .where(eq(postbackDeliveries.id, delivery.id))
    .returning();
  return reopened!;
}
