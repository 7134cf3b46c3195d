import type { z } from 'zod';
import type { ServiceContext } from '../context';
import { openDb } from '../db/client';
import { pgErrorOf } from '../db/constraint-error';
import type { Config } from '../env';
import { retryDelaySeconds } from './backoff';
import { deadLetterOrRetry } from './dead-letter';

/** A queue whose messages are rows to write in one statement per batch (clicks, notifications). */
export interface BatchWrite<T> {
  /** What one message is, for dead-letter reasons: "click", "notification". */
  what: string;
  schema: z.ZodType<T>;
  deadLetters: (config: Config) => Queue<unknown>;
  write: (ctx: ServiceContext, items: T[]) => Promise<unknown>;
  /** The log event when the database is unavailable and the whole batch is retried. */
  failedEvent: string;
  /** Optional work once the batch is written and acked: a failure is logged, never retried. */
  afterWrite?: { run: (ctx: ServiceContext, items: T[]) => Promise<unknown>; failedEvent: string };
}

type Valid<T> = { message: Message<unknown>; item: T };

const cause = (err: unknown) => String((err as Error).cause ?? err);

/**
 * A batch statement that Postgres refused for its data (SQLSTATE 22/23) holds at least one row
 * it will never accept. Writing the rows one by one finds it: the rest are acked, the poison
 * goes to the dead-letter queue with Postgres's reason, and nothing valid is held back.
 */
async function isolatePoison<T>(ctx: ServiceContext, spec: BatchWrite<T>, queue: string, valid: Valid<T>[]): Promise<void> {
  for (const { message, item } of valid) {
    try {
      await spec.write(ctx, [item]);
      message.ack();
    } catch (err) {
      const pg = pgErrorOf(err);
      const delay = retryDelaySeconds(message.attempts);
      if (pg) await deadLetterOrRetry(spec.deadLetters(ctx.config), queue, message, `postgres refused the ${spec.what} (${pg.code}): ${cause(err)}`, delay);
      else message.retry({ delaySeconds: delay });
    }
  }
}

/**
 * Consumes a batch of rows to write. Malformed messages go to the dead-letter queue at once
 * (retrying cannot fix them) without holding up the rest; the valid ones are written in one
 * statement and acked one by one, or all retried with backoff when Postgres is unavailable.
 */
export async function consumeWrites<T>(batch: MessageBatch<unknown>, config: Config, spec: BatchWrite<T>): Promise<void> {
  const valid: Valid<T>[] = [];
  for (const message of batch.messages) {
    const parsed = spec.schema.safeParse(message.body);
    if (parsed.success) valid.push({ message, item: parsed.data });
    else {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ');
      await deadLetterOrRetry(spec.deadLetters(config), batch.queue, message, `invalid ${spec.what} message: ${issues}`, retryDelaySeconds(message.attempts));
    }
  }
  if (valid.length === 0) return;

  const handle = openDb(config);
  const ctx = { db: handle.db, config, now: new Date() };
  const items = valid.map((v) => v.item);
  try {
    await spec.write(ctx, items);
    for (const { message } of valid) message.ack();
    const after = spec.afterWrite;
    if (after) await after.run(ctx, items).catch((err) => console.error(JSON.stringify({ level: 'error', event: after.failedEvent, error: cause(err).slice(0, 500) })));
  } catch (err) {
    if (pgErrorOf(err)) await isolatePoison(ctx, spec, batch.queue, valid);
    else {
      console.error(JSON.stringify({ level: 'error', event: spec.failedEvent, count: valid.length, error: cause(err).slice(0, 500) }));
      for (const { message } of valid) message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    }
  } finally {
    await handle.close();
  }
}
