import { openDb } from '../db/client';
import type { Executor } from '../db/client';
import { webhookRetryDelaySeconds } from '../domain/webhook-delivery';
import type { Config } from '../env';
import type { Logger } from '../logging';
import { deliverWebhook, webhookMessage } from '../services/webhooks';
import { deadLetterOrRetry } from './dead-letter';
import { queueLogger } from './queue-logger';

async function consumeOne(
  db: Executor,
  config: Config,
  queue: string,
  message: Message<unknown>,
  log: Logger,
): Promise<void> {
  const parsed = webhookMessage.safeParse(message.body);
  if (!parsed.success) {
    // Retrying cannot fix a malformed message: straight to the dead-letter queue with the reason.
    const reason = `invalid webhook message: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`;
    await deadLetterOrRetry(
      config.WEBHOOKS_DLQ,
      queue,
      message,
      reason,
      webhookRetryDelaySeconds(message.attempts),
      log,
    );
    return;
  }
  try {
    const outcome = await deliverWebhook({
      ctx: { db, config, now: new Date(), log },
      input: { message: parsed.data, attempts: message.attempts },
    });
    const level = outcome.kind === 'retry' || outcome.kind === 'failed' ? 'warn' : 'info';
    log[level](`webhook_${outcome.kind}`, { attempts: message.attempts, ...outcome });
    // The service decides the last attempt itself, so a message is never left to the DLQ to fail.
    if (outcome.kind === 'retry') message.retry({ delaySeconds: outcome.delaySeconds });
    else message.ack();
  } catch (err) {
    log.error('webhook_consume_failed', { error: String((err as Error).cause ?? err).slice(0, 500) });
    message.retry({ delaySeconds: webhookRetryDelaySeconds(message.attempts) });
  }
}

/**
 * Delivers signed webhooks, one request per message, concurrently within the batch so one slow
 * receiver does not hold up the others beyond WEBHOOK_TIMEOUT_MS. Every message is acked
 * (delivered, failed for good, dropped, already settled) or retried with backoff.
 */
export async function consumeWebhooks(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  const handle = openDb(config);
  const log = queueLogger(batch, config);
  try {
    await Promise.all(
      batch.messages.map((message) =>
        consumeOne(handle.db, config, batch.queue, message, log.child({ messageId: message.id })),
      ),
    );
  } finally {
    await handle.close();
  }
}
