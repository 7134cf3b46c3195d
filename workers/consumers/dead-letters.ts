import { openDb } from '../db/client';
import type { Config } from '../env';
import { type NewDeadLetter, recordDeadLetters } from '../services/system';
import { retryDelaySeconds } from './backoff';
import { deadLetterEnvelope } from './dead-letter';
import { queueLogger } from './queue-logger';

/** Records every dead-lettered message of `sourceQueue` in logs.dead_letters for admins. */
export async function consumeDeadLetters(
  batch: MessageBatch<unknown>,
  config: Config,
  sourceQueue: string,
): Promise<void> {
  const letters: NewDeadLetter[] = batch.messages.map((message) => {
    const envelope = deadLetterEnvelope.safeParse(message.body);
    if (envelope.success) {
      const { queue, messageId, body, reason, attempts } = envelope.data;
      return { queue, messageId, body: body ?? null, reason, attempts };
    }
    return {
      queue: sourceQueue,
      messageId: message.id,
      body: message.body ?? null,
      reason: 'max_retries_exceeded',
      attempts: message.attempts,
    };
  });
  const handle = openDb(config);
  const log = queueLogger(batch, config);
  try {
    await recordDeadLetters({ ctx: { db: handle.db, config, now: new Date(), log }, input: { letters } });
    batch.ackAll();
  } catch (err) {
    log.error('dead_letter_record_failed', { error: String(err) });
    for (const message of batch.messages) message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
  } finally {
    await handle.close();
  }
}
