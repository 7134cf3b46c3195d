import type { PostbackDelivery } from '../../../schema';
import type { ServiceCall } from '../../context';
import { deliveryFailureReason } from '../../domain/delivery-failure-text';
import { enqueueNotifications } from '../notifications';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'your postback URL';
  }
}

/** Tells the affiliate a postback failed for good; one notification per delivery and attempt count. */
export async function notifyPostbackFailure({
  ctx,
  input: { delivery },
}: ServiceCall<{ delivery: PostbackDelivery }>): Promise<void> {
  await enqueueNotifications({
    ctx,
    input: {
      requests: [
        {
          v: 1,
          userId: delivery.affiliateId,
          organizationId: delivery.organizationId,
          event: 'postback_error',
          // Only a fallback: the notification templates word it in the reader's language from `data`.
          title: 'A postback was not delivered',
          body: `We could not deliver a postback to ${hostOf(delivery.url)}: ${deliveryFailureReason('en', delivery.lastStatusCode, delivery.lastError)}. Check that your postback URL works; support can send it again.`,
          data: {
            deliveryId: delivery.id,
            eventType: delivery.eventType,
            eventKey: delivery.eventKey,
            host: hostOf(delivery.url),
            attempts: delivery.attempts,
            lastStatusCode: delivery.lastStatusCode,
            lastError: delivery.lastError,
          },
          dedupeKey: `postback_error:${delivery.id}:${delivery.attempts}`,
        },
      ],
    },
  });
}
