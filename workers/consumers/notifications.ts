import { openDb } from '../db/client';
import { pgErrorOf } from '../db/constraint-error';
import type { ServiceContext } from '../context';
import type { Config } from '../env';
import { notificationRequest, type NotificationRequest } from '../services/notifications/notification-request';
import { recordNotifications } from '../services/notifications/record-notifications';
import { retryDelaySeconds } from './backoff';
import { sendToDeadLetter } from './dead-letter';

type Valid = { message: Message<unknown>; request: NotificationRequest };

async function deadLetter(config: Config, queue: string, message: Message<unknown>, reason: string): Promise<void> {
  if (await sendToDeadLetter(config.NOTIFICATIONS_DLQ, queue, message, reason.slice(0, 1000))) message.ack();
  else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
}

/** Postgres refused the batch for its data (e.g. a deleted user): one by one finds the poison. */
async function isolatePoison(ctx: ServiceContext, queue: string, valid: Valid[]): Promise<void> {
  for (const { message, request } of valid) {
    try {
      await recordNotifications({ ctx, input: { requests: [request] } });
      message.ack();
    } catch (err) {
      const pg = pgErrorOf(err);
      if (pg) await deadLetter(ctx.config, queue, message, `postgres refused the notification (${pg.code}): ${String((err as Error).cause ?? err)}`);
      else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}

/**
 * Stores users' notifications in their in-app inbox (other channels come in a later issue).
 * Malformed messages go to notifications-dlq at once; the rest are written in one statement,
 * idempotent by dedupe key, or retried with backoff while Postgres is unavailable.
 */
export async function consumeNotifications(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  const valid: Valid[] = [];
  for (const message of batch.messages) {
    const parsed = notificationRequest.safeParse(message.body);
    if (parsed.success) valid.push({ message, request: parsed.data });
    else await deadLetter(config, batch.queue, message, `invalid notification message: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  }
  if (valid.length === 0) return;
  const handle = openDb(config);
  const ctx = { db: handle.db, config, now: new Date() };
  try {
    await recordNotifications({ ctx, input: { requests: valid.map((v) => v.request) } });
    for (const { message } of valid) message.ack();
  } catch (err) {
    if (pgErrorOf(err)) await isolatePoison(ctx, batch.queue, valid);
    else {
      console.error(JSON.stringify({ level: 'error', event: 'notification_record_failed', count: valid.length, error: String((err as Error).cause ?? err).slice(0, 500) }));
      for (const { message } of valid) message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  } finally {
    await handle.close();
  }
}
