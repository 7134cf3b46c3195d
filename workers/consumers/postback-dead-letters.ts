import { openDb } from '../db/client';
import type { Config } from '../env';
import { failPostbackDelivery, postbackMessage } from '../services/postbacks';
import { retryDelaySeconds } from './backoff';
import { deadLetterEnvelope } from './send-to-dead-letter';
import { consumeDeadLetters } from './dead-letters';
import { queueLogger } from './queue-logger';

/**
 * postbacks-dlq: a raw postback message here was given up by the runtime (its consumer kept
 * failing), so its delivery becomes `failed` and the affiliate is notified; envelopes (malformed
 * messages, and series the consumer ended after the schedule's last attempt) only need recording. Every letter is then kept in logs.dead_letters for replay.
 */
export async function consumePostbackDeadLetters(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  const handle = openDb(config);
  const log = queueLogger(batch, config);
  const attempts = new Map<string, number>();
  try {
    const now = new Date();
    for (const message of batch.messages) {
      if (deadLetterEnvelope.safeParse(message.body).success) continue;
      const parsed = postbackMessage.safeParse(message.body);
      const ctx = { db: handle.db, config, now, log: log.child({ messageId: message.id }) };
      if (!parsed.success) continue;
      const delivery = await failPostbackDelivery({ ctx, input: { message: parsed.data } });
      // The delivery log's count is the true one (a replayed series continues it).
      if (delivery) attempts.set(message.id, delivery.attempts);
    }
  } catch (err) {
    log.error('postback_fail_record_failed', { error: String((err as Error).cause ?? err).slice(0, 500) });
    for (const message of batch.messages) message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    return;
  } finally {
    await handle.close();
  }
  await consumeDeadLetters(batch, config, 'postbacks', attempts);
}
