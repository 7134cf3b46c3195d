import { and, eq, ne } from 'drizzle-orm';
import { postbackDeliveries, type PostbackDelivery } from '../../../schema';
import type { ServiceCall } from '../../context';
import { notifyPostbackFailure } from './notify-postback-failure';
import type { PostbackMessage } from './postback-request';

function deliveryOf(message: PostbackMessage) {
  return 'replayOf' in message
    ? eq(postbackDeliveries.id, message.replayOf)
    : and(
        eq(postbackDeliveries.affiliateId, message.affiliateId),
        eq(postbackDeliveries.eventType, message.eventType),
        eq(postbackDeliveries.eventKey, message.eventKey),
      );
}

/**
 * A postback the runtime gave up on (it reached postbacks-dlq after its last retry): the delivery
 * becomes `failed` and its affiliate gets a postback_error notification. Safe to repeat: the
 * update is the same each time, and the notification's dedupe key is per delivery and attempt
 * count. A delivery that succeeded meanwhile (a duplicate message) is left alone.
 */
export async function failPostbackDelivery({
  ctx,
  input,
}: ServiceCall<{ message: PostbackMessage }>): Promise<PostbackDelivery | null> {
  const [delivery] = await ctx.db
    .update(postbackDeliveries)
    .set({ status: 'failed', nextAttemptAt: null })
    .where(and(deliveryOf(input.message), ne(postbackDeliveries.status, 'success')))
    .returning();
  if (!delivery) return null;
  await notifyPostbackFailure({ ctx, input: { delivery } });
  return delivery;
}
