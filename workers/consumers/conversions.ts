import { openDb } from '../db/client';
import type { Config } from '../env';
import { attributionRetryDelaySeconds, attributionRetryMessage, retryAttribution } from '../services/conversions';
import { retryDelaySeconds } from './backoff';
import { deadLetterOrRetry } from './send-to-dead-letter';
import { queueLogger } from './queue-logger';

/**
 * Conversions waiting for their click. Each message asks once more; still waiting means a retry
 * with a growing delay (the runtime dead-letters it after max_retries, and the sweep cron keeps
 * looking for a week). A database error is retried the same way; a malformed message is poison.
 */
export async function consumeConversions(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  const handle = openDb(config);
  const batchLog = queueLogger(batch, config);
  try {
    for (const message of batch.messages) {
      const log = batchLog.child({ messageId: message.id });
      const parsed = attributionRetryMessage.safeParse(message.body);
      if (!parsed.success) {
        await deadLetterOrRetry(
          config.CONVERSIONS_DLQ,
          batch.queue,
          message,
          `invalid message: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
          retryDelaySeconds(message.attempts),
          log,
        );
        continue;
      }
      try {
        const outcome = await retryAttribution({
          ctx: { db: handle.db, config, now: new Date(), log },
          input: { conversionId: parsed.data.conversionId },
        });
        if (outcome === 'waiting') message.retry({ delaySeconds: attributionRetryDelaySeconds(message.attempts) });
        else message.ack();
      } catch (err) {
        log.error('attribution_retry_failed', {
          conversionId: parsed.data.conversionId,
          error: String((err as Error).cause ?? err).slice(0, 500),
        });
        message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
      }
    }
  } finally {
    await handle.close();
  }
}
