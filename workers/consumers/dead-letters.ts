import { openDb } from '../db/client';
import type { Config } from '../env';
import { type NewDeadLetter, recordDeadLetters } from '../services/system';
import { retryDelaySeconds } from './backoff';
import { deadLetterEnvelope } from './send-to-dead-letter';
import { attemptsBeforeDeadLetter } from './queue-retries';
import { queueLogger } from './queue-logger';

/**
 * Records every dead-lettered message of `sourceQueue` in logs.dead_letters for admins. A raw
 * message (the runtime moved it after max_retries) counts its attempts from 1 again here, so its
 * letter gets the true count: `knownAttempts` by message id when the caller looked it up (a
 * postback's delivery), else max_retries + 1.
 */
export async function consumeDeadLetters(
  batch: MessageBatch<unknown>,
  config: Config,
  sourceQueue: string,
  knownAttempts: ReadonlyMap<string, number> = new Map(),
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
      attempts: knownAttempts.get(message.id) ?? attemptsBeforeDeadLetter(sourceQueue) ?? message.attempts,
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
