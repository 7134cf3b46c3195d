import type { Config } from '../env';
import { deliverNotifications, notificationRequest, recordNotifications } from '../services/notifications';
import { fanOutWebhooks } from '../services/webhooks';
import { consumeWrites } from './consume-writes';

/**
 * Records each notification on every channel its recipient wants and fans it out to subscribed
 * webhook endpoints (one statement each per batch, idempotent by dedupe key), then delivers the
 * email and Telegram ones. A delivery that fails stays pending with its backoff for the minute
 * sweep, so it never holds the message back.
 */
export function consumeNotifications(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  return consumeWrites(batch, config, {
    what: 'notification',
    schema: notificationRequest,
    deadLetters: (c) => c.NOTIFICATIONS_DLQ,
    write: async (ctx, requests) => {
      const recorded = await recordNotifications({ ctx, input: { requests } });
      await fanOutWebhooks({ ctx, input: { requests } });
      return recorded;
    },
    failedEvent: 'notification_record_failed',
    afterWrite: {
      run: (ctx, requests) => deliverNotifications({ ctx, input: { dedupeKeys: requests.map((r) => r.dedupeKey) } }),
      failedEvent: 'notification_delivery_run_failed',
    },
  });
}
