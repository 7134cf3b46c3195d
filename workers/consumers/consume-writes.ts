import type { z } from 'zod';
import type { ServiceContext } from '../context';
import { openDb } from '../db/client';
import { pgErrorOf } from '../errors/constraint-error';
import type { Config } from '../env';
import type { Logger } from '../logging';
import { retryDelaySeconds } from './backoff';
import { sendToDeadLetter } from './send-to-dead-letter';
import { queueLogger } from './queue-logger';

/** A queue whose messages are rows to write in one statement per batch (clicks, notifications). */
export interface BatchWrite<T> {
  /** What one row is, for dead-letter reasons: "click", "notification". */
  what: string;
  schema: z.ZodType<T>;
  /**
   * The rows one message carries: by default the message body is one row; a producer that packs
   * several rows into one message (the tracker's click bundles) says how to unpack them.
   */
  unpack?: (body: unknown) => unknown[];
  deadLetters: (config: Config) => Queue<unknown>;
  write: (ctx: ServiceContext, items: T[]) => Promise<unknown>;
  /** The log event when the database is unavailable and the whole batch is retried. */
  failedEvent: string;
  /** Optional work once the batch is written and acked: a failure is logged, never retried. */
  afterWrite?: { run: (ctx: ServiceContext, items: T[]) => Promise<unknown>; failedEvent: string };
}

/** One message and what became of its rows; it is acked only when none of them must be retried. */
interface Delivery<T> {
  message: Message<unknown>;
  valid: T[];
  retry: boolean;
}

const cause = (err: unknown) => String((err as Error).cause ?? err);

/**
 * A row retrying cannot fix goes to the dead-letter queue on its own, with its reason (cut to
 * 1,000 characters); if the dead-letter queue refuses it, its message is retried rather than lost.
 */
async function deadLetterRow<T>(
  spec: BatchWrite<T>,
  config: Config,
  queue: string,
  d: Delivery<T>,
  body: unknown,
  reason: string,
  log: Logger,
): Promise<void> {
  if (!(await sendToDeadLetter(spec.deadLetters(config), queue, d.message, reason.slice(0, 1000), log, body)))
    d.retry = true;
}

/**
 * A batch statement that Postgres refused for its data (SQLSTATE 22/23) holds at least one row
 * it will never accept. Writing the rows one by one finds it: the rest are written, the poison
 * goes to the dead-letter queue with Postgres's reason, and nothing valid is held back.
 */
async function isolatePoison<T>(
  ctx: ServiceContext,
  spec: BatchWrite<T>,
  queue: string,
  deliveries: Delivery<T>[],
): Promise<void> {
  for (const d of deliveries) {
    for (const item of d.valid) {
      try {
        await spec.write(ctx, [item]);
      } catch (err) {
        const pg = pgErrorOf(err);
        if (pg)
          await deadLetterRow(
            spec,
            ctx.config,
            queue,
            d,
            item,
            `postgres refused the ${spec.what} (${pg.code}): ${cause(err)}`,
            ctx.log,
          );
        else d.retry = true;
      }
    }
  }
}

/** Acks each message whose rows are all written or dead-lettered; retries the others with backoff. */
function settle<T>(deliveries: Delivery<T>[]): void {
  for (const { message, retry } of deliveries) {
    if (retry) message.retry({ delaySeconds: retryDelaySeconds(message.attempts) });
    else message.ack();
  }
}

/**
 * Consumes a batch of rows to write. Malformed rows go to the dead-letter queue at once
 * (retrying cannot fix them) without holding up the rest; the valid ones are written in one
 * statement and their messages acked one by one, or all retried with backoff when Postgres is
 * unavailable. Writes are idempotent, so a message retried after some of its rows were written
 * only writes the rest.
 */
export async function consumeWrites<T>(
  batch: MessageBatch<unknown>,
  config: Config,
  spec: BatchWrite<T>,
): Promise<void> {
  const log = queueLogger(batch, config);
  const deliveries: Delivery<T>[] = [];
  for (const message of batch.messages) {
    const d: Delivery<T> = { message, valid: [], retry: false };
    deliveries.push(d);
    for (const body of spec.unpack ? spec.unpack(message.body) : [message.body]) {
      const parsed = spec.schema.safeParse(body);
      if (parsed.success) d.valid.push(parsed.data);
      else {
        const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ');
        await deadLetterRow(spec, config, batch.queue, d, body, `invalid ${spec.what} message: ${issues}`, log);
      }
    }
  }
  const items = deliveries.flatMap((d) => d.valid);
  if (items.length === 0) return settle(deliveries);

  const handle = openDb(config);
  const ctx = { db: handle.db, config, now: new Date(), log };
  try {
    await spec.write(ctx, items);
    settle(deliveries);
    const after = spec.afterWrite;
    if (after)
      await after.run(ctx, items).catch((err) => log.error(after.failedEvent, { error: cause(err).slice(0, 500) }));
  } catch (err) {
    if (pgErrorOf(err)) {
      await isolatePoison(ctx, spec, batch.queue, deliveries);
      settle(deliveries);
    } else {
      log.error(spec.failedEvent, { count: items.length, error: cause(err).slice(0, 500) });
      for (const d of deliveries) d.retry ||= d.valid.length > 0;
      settle(deliveries);
    }
  } finally {
    await handle.close();
  }
}
