import { z } from 'zod';
import type { Logger } from '../logging';

/**
 * A message a consumer refused as poison, sent by the consumer itself to the dead-letter queue so
 * it does not burn retries. Messages the runtime moves there after max_retries arrive raw instead.
 */
export const deadLetterEnvelope = z.object({
  deadLetter: z.literal(true),
  queue: z.string(),
  messageId: z.string(),
  attempts: z.number().int(),
  reason: z.string(),
  body: z.unknown(),
});
export type DeadLetterEnvelope = z.infer<typeof deadLetterEnvelope>;

/**
 * Sends a poison message to the dead-letter queue; on failure the caller lets it retry instead.
 * `body` is the message's own by default; a consumer that unpacks several rows from one message
 * sends only the row it refused.
 */
export async function sendToDeadLetter(
  dlq: Queue<unknown>,
  queue: string,
  message: Message<unknown>,
  reason: string,
  log: Logger,
  body: unknown = message.body,
  attempts: number = message.attempts,
): Promise<boolean> {
  const envelope: DeadLetterEnvelope = {
    deadLetter: true,
    queue,
    messageId: message.id,
    attempts,
    reason,
    body,
  };
  try {
    await dlq.send(envelope, { contentType: 'json' });
    return true;
  } catch (err) {
    log.error('dead_letter_send_failed', { queue, messageId: message.id, error: String(err) });
    return false;
  }
}

/**
 * A message that retrying cannot fix goes to the dead-letter queue with its reason (cut to 1,000
 * characters) and is acked; if the dead-letter queue refuses it too, it is retried after
 * `delaySeconds` rather than lost. `attempts` is the work's true count when the caller knows it
 * (a delivery replayed from a dead letter continues its numbering).
 */
export async function deadLetterOrRetry(
  dlq: Queue<unknown>,
  queue: string,
  message: Message<unknown>,
  reason: string,
  delaySeconds: number,
  log: Logger,
  attempts: number = message.attempts,
): Promise<void> {
  if (await sendToDeadLetter(dlq, queue, message, reason.slice(0, 1000), log, message.body, attempts)) message.ack();
  else message.retry({ delaySeconds });
}
