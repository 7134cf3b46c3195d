import type { Config } from '../env';
import { notificationRequest, recordNotifications } from '../services/notifications';
import { fanOutWebhooks } from '../services/webhooks';
import { consumeWrites } from './consume-writes';

/**
 * Stores users' notifications in their in-app inbox, in one statement per batch, and fans them
 * out to subscribed webhook endpoints; both idempotent by dedupe key.
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
  });
}
