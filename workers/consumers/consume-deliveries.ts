import type { z } from '@hono/zod-openapi';
import { openDb } from '../db/client';
import type { Executor } from '../db/client';
import type { Config } from '../env';
import type { Logger } from '../logging';
import type { ServiceContext } from '../context';
import { deadLetterOrRetry } from './send-to-dead-letter';
import { queueLogger } from './queue-logger';

/**
 * What a delivery verb answers: a `retry` carries its delay; every other outcome acks the message,
 * after sending it to the dead-letter queue when it carries `deadLetter` (a series given up).
 */
export type DeliveryOutcome = {
  kind: string;
  delaySeconds?: number;
  deadLetter?: { reason: string; attempts: number };
};

/** One outbound-request queue (postbacks, webhooks): how to read, deliver and retry its messages. */
export interface DeliveryQueue<M, O extends DeliveryOutcome> {
  /** Names the log events (`<name>_<outcome>`) and the dead-letter reason. */
  name: string;
  schema: z.ZodType<M>;
  deadLetters: (config: Config) => Queue;
  deliver: (call: { ctx: ServiceContext; input: { message: M; attempts: number } }) => Promise<O>;
  /** The delay after an unexpected error, by the attempts made. */
  retryDelaySeconds: (attempts: number) => number;
  /** Outcomes logged as warnings (besides retry). */
  warnKinds: readonly string[];
}

async function consumeOne<M, O extends DeliveryOutcome>(
  db: Executor,
  config: Config,
  queue: string,
  message: Message<unknown>,
  log: Logger,
  spec: DeliveryQueue<M, O>,
): Promise<void> {
  const parsed = spec.schema.safeParse(message.body);
  if (!parsed.success) {
    // Retrying cannot fix a malformed message: straight to the dead-letter queue with the reason.
    const reason = `invalid ${spec.name} message: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`;
    await deadLetterOrRetry(
      spec.deadLetters(config),
      queue,
      message,
      reason,
      spec.retryDelaySeconds(message.attempts),
      log,
    );
    return;
  }
  try {
    const outcome = await spec.deliver({
      ctx: { db, config, now: new Date(), log },
      input: { message: parsed.data, attempts: message.attempts },
    });
    const level = outcome.kind === 'retry' || spec.warnKinds.includes(outcome.kind) ? 'warn' : 'info';
    log[level](`${spec.name}_${outcome.kind}`, { attempts: message.attempts, ...outcome });
    if (outcome.kind === 'retry')
      message.retry({ delaySeconds: outcome.delaySeconds ?? spec.retryDelaySeconds(message.attempts) });
    else if (outcome.deadLetter)
      await deadLetterOrRetry(
        spec.deadLetters(config),
        queue,
        message,
        outcome.deadLetter.reason,
        spec.retryDelaySeconds(message.attempts),
        log,
        outcome.deadLetter.attempts,
      );
    else message.ack();
  } catch (err) {
    log.error(`${spec.name}_consume_failed`, { error: String((err as Error).cause ?? err).slice(0, 500) });
    message.retry({ delaySeconds: spec.retryDelaySeconds(message.attempts) });
  }
}

/**
 * Sends one outbound request per message, concurrently within the batch so one slow receiver does
 * not hold up the others beyond its timeout. Every message is acked (delivered, refused or failed
 * for good, skipped, already settled) or retried with backoff.
 */
export async function consumeDeliveries<M, O extends DeliveryOutcome>(
  batch: MessageBatch<unknown>,
  config: Config,
  spec: DeliveryQueue<M, O>,
): Promise<void> {
  const handle = openDb(config);
  const log = queueLogger(batch, config);
  try {
    await Promise.all(
      batch.messages.map((message) =>
        consumeOne(handle.db, config, batch.queue, message, log.child({ messageId: message.id }), spec),
      ),
    );
  } finally {
    await handle.close();
  }
}
