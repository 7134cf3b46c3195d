import { openDb } from '../db/client';
import { pgErrorOf } from '../db/constraint-error';
import type { ServiceContext } from '../context';
import type { Config } from '../env';
import { fireClickPostbacks } from '../services/postbacks/fire-click-postbacks';
import { recordClicks } from '../services/tracking/record-clicks';
import { clickMessage, type ClickMessage } from '../tracker/click-message';
import { retryDelaySeconds } from './backoff';
import { sendToDeadLetter } from './dead-letter';

type Valid = { message: Message<unknown>; click: ClickMessage };

async function deadLetter(config: Config, queue: string, message: Message<unknown>, reason: string): Promise<void> {
  if (await sendToDeadLetter(config.CLICKS_DLQ, queue, message, reason.slice(0, 1000))) message.ack();
  else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
}

/**
 * A batch statement that Postgres refused for its data (SQLSTATE 22/23) holds at least one row
 * it will never accept. Writing the clicks one by one finds it: the rest are acked, the poison
 * goes to the dead-letter queue with Postgres's reason, and nothing valid is held back.
 */
async function isolatePoison(ctx: ServiceContext, batchQueue: string, valid: Valid[]): Promise<void> {
  for (const { message, click } of valid) {
    try {
      await recordClicks({ ctx, input: { clicks: [click] } });
      message.ack();
    } catch (err) {
      const pg = pgErrorOf(err);
      if (pg) await deadLetter(ctx.config, batchQueue, message, `postgres refused the click (${pg.code}): ${String((err as Error).cause ?? err)}`);
      else message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  }
}

/**
 * Ingests a batch of clicks. Malformed messages go to the dead-letter queue at once (retrying
 * cannot fix them) without holding up the rest; the valid ones are written in one statement and
 * acked one by one, or all retried with backoff when Postgres is unavailable.
 */
export async function consumeClicks(batch: MessageBatch<unknown>, config: Config): Promise<void> {
  const valid: Valid[] = [];
  for (const message of batch.messages) {
    const parsed = clickMessage.safeParse(message.body);
    if (parsed.success) valid.push({ message, click: parsed.data });
    else await deadLetter(config, batch.queue, message, `invalid click message: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  }
  if (valid.length === 0) return;

  const handle = openDb(config);
  const ctx = { db: handle.db, config, now: new Date() };
  try {
    await recordClicks({ ctx, input: { clicks: valid.map((v) => v.click) } });
    for (const { message } of valid) message.ack();
    await fireClickPostbacks(ctx, valid.map((v) => v.click)).catch((err) =>
      // The clicks are stored and acked; an optional click postback must not make them retry.
      console.error(JSON.stringify({ level: 'error', event: 'click_postbacks_failed', error: String((err as Error).cause ?? err).slice(0, 500) })),
    );
  } catch (err) {
    if (pgErrorOf(err)) {
      await isolatePoison(ctx, batch.queue, valid);
    } else {
      console.error(JSON.stringify({ level: 'error', event: 'click_ingest_failed', count: valid.length, error: String((err as Error).cause ?? err).slice(0, 500) }));
      for (const { message } of valid) message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  } finally {
    await handle.close();
  }
}
