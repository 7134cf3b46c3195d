import type { Config } from '../env';
import { deliverNotifications, notificationRequest, recordNotifications } from '../services/notifications';
import { consumeWrites } from './consume-writes';

/**
 * Records each notification on every channel its recipient wants (one statement per batch,
 * idempotent by dedupe key), then delivers the email and Telegram ones. A delivery that fails
 * stays pending with its backoff for the minute sweep, so it never holds the message back.
 */
export function consumeNotifications(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  return consumeWrites(batch, config, {
    what: 'notification',
    schema: notificationRequest,
    deadLetters: (c) => c.NOTIFICATIONS_DLQ,
    write: (ctx, requests) => recordNotifications({ ctx, input: { requests } }),
    failedEvent: 'notification_record_failed',
    afterWrite: {
      run: (ctx, requests) => deliverNotifications({ ctx, input: { dedupeKeys: requests.map((r) => r.dedupeKey) } }),
      failedEvent: 'notification_delivery_run_failed',
    },
  });
}
