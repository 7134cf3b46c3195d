import { openDb } from '../db/client';
import type { Executor } from '../db/client';
import { postbackRetryDelaySeconds } from '../domain/postback-backoff';
import type { Config } from '../env';
import type { Logger } from '../logging';
import { deliverPostback, postbackMessage } from '../services/postbacks';
import { deadLetterOrRetry } from './dead-letter';
import { queueLogger } from './queue-logger';

async function consumeOne(
  db: Executor,
  config: Config,
  queue: string,
  message: Message<unknown>,
  log: Logger,
): Promise<void> {
  const parsed = postbackMessage.safeParse(message.body);
  if (!parsed.success) {
    // Retrying cannot fix a malformed message: straight to the dead-letter queue with the reason.
    const reason = `invalid postback message: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`;
    await deadLetterOrRetry(
      config.POSTBACKS_DLQ,
      queue,
      message,
      reason,
      postbackRetryDelaySeconds(message.attempts),
      log,
    );
    return;
  }
  try {
    const outcome = await deliverPostback({
      ctx: { db, config, now: new Date(), log },
      input: { message: parsed.data, attempts: message.attempts },
    });
    const level = outcome.kind === 'retry' || outcome.kind === 'refused' ? 'warn' : 'info';
    log[level](`postback_${outcome.kind}`, { attempts: message.attempts, ...outcome });
    // After the last retry the runtime moves the message to postbacks-dlq, whose consumer fails the delivery.
    if (outcome.kind === 'retry') message.retry({ delaySeconds: outcome.delaySeconds });
    else message.ack();
  } catch (err) {
    log.error('postback_consume_failed', { error: String((err as Error).cause ?? err).slice(0, 500) });
    message.retry({ delaySeconds: postbackRetryDelaySeconds(message.attempts) });
  }
}

/**
 * Fires affiliates' postbacks, one request per message, concurrently within the batch so one
 * slow tracker does not hold up the others beyond POSTBACK_TIMEOUT_MS. Every message is acked
 * (delivered, refused for good, skipped, already delivered) or retried with backoff.
 */
export async function consumePostbacks(batch: MessageBatch<unknown>, config: Config): Promise<void> {
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
