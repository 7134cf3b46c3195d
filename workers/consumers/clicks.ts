import { openDb } from '../db/client';
import type { Config } from '../env';
import { recordClicks } from '../services/tracking/record-clicks';
import { clickMessage, type ClickMessage } from '../tracker/click-message';
import { retryDelaySeconds } from './backoff';
import { sendToDeadLetter } from './dead-letter';

/**
 * Ingests a batch of clicks. Malformed messages go to the dead-letter queue at once (retrying
 * cannot fix them) without holding up the rest; the valid ones are written in one statement and
 * acked one by one, or all retried with backoff when Postgres fails.
 */
export async function consumeClicks(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  const valid: { message: Message<unknown>; click: ClickMessage }[] = [];
  for (const message of batch.messages) {
    const parsed = clickMessage.safeParse(message.body);
    if (parsed.success) {
      valid.push({ message, click: parsed.data });
      continue;
    }
    const reason = `invalid click message: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`;
    if (await sendToDeadLetter(config.CLICKS_DLQ, batch.queue, message, reason.slice(0, 1000))) message.ack();
    else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
  }
  if (valid.length === 0) return;

  const handle = openDb(config);
  try {
    await recordClicks({ ctx: { db: handle.db, config, now: new Date() }, input: { clicks: valid.map((v) => v.click) } });
    for (const { message } of valid) message.ack();
  } catch (err) {
    console.error(JSON.stringify({ level: 'error', event: 'click_ingest_failed', count: valid.length, error: String(err) }));
    for (const { message } of valid) message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
  } finally {
    await handle.close();
  }
}
