import type { PostbackDelivery } from '../../../schema';
import type { ServiceContext } from '../../context';
import { enqueueNotifications } from '../notifications';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'your postback URL';
  }
}

/** Tells the affiliate a postback failed for good; one notification per delivery and attempt count. */
export async function notifyPostbackFailure(ctx: ServiceContext, delivery: PostbackDelivery): Promise<void> {
  await enqueueNotifications({
    ctx,
    input: {
      requests: [
        {
          v: 1,
          userId: delivery.affiliateId,
          organizationId: delivery.organizationId,
          event: 'postback_error',
          title: `Your ${delivery.eventType} postback failed`,
          body: `The ${delivery.eventType} postback to ${hostOf(delivery.url)} failed after ${delivery.attempts} attempt(s): ${delivery.lastError ?? 'no answer'}. Check your postback URL; support can replay it.`,
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
