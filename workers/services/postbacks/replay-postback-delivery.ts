import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { requirePlatformAdmin } from '../access';
import type { PostbackMessage } from './postback-request';
import { reopenDelivery } from './reopen-delivery';

/**
 * Platform staff re-fire a delivery that failed or is stuck: it goes back to `pending` and a new
 * series of up to 5 retries starts, re-sending the URL as it was expanded (the affiliate's
 * current on/off and event settings still apply at send time). Audited; the send is the last
 * step of the transaction, so a queue that refuses it leaves nothing changed.
 */
export async function replayPostbackDelivery({ ctx, input }: ServiceCall<{ deliveryId: string }>) {
  requirePlatformAdmin(ctx);
  return inTransaction(ctx, async (tx) => {
    const delivery = await reopenDelivery({ ctx: tx, input });
    const message: PostbackMessage = { v: 1, replayOf: delivery.id, attemptOffset: delivery.attempts };
    await recordAudit({
      ctx: tx,
      input: {
        action: 'postback_delivery.replay',
        targetType: 'postback_delivery',
        targetId: delivery.id,
        organizationId: delivery.organizationId,
        after: { attemptOffset: delivery.attempts },
      },
    });
    try {
      await tx.config.POSTBACKS.send(message, { contentType: 'json' });
    } catch (err) {
      throw new AppError(
        'service_unavailable',
        `The postbacks queue did not accept the replay; try again (${String(err).slice(0, 200)})`,
      );
    }
    return delivery;
  });
}
