import type { Config } from '../env';
import { notificationRequest, recordNotifications } from '../services/notifications';
import { consumeWrites } from './consume-writes';

/**
 * Stores users' notifications in their in-app inbox (other channels come in a later issue), in
 * one statement per batch, idempotent by dedupe key.
 */
export function consumeNotifications(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  return consumeWrites(batch, config, {
    what: 'notification',
    schema: notificationRequest,
    deadLetters: (c) => c.NOTIFICATIONS_DLQ,
    write: (ctx, requests) => recordNotifications({ ctx, input: { requests } }),
    failedEvent: 'notification_record_failed',
  });
}
