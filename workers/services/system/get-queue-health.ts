import { gte, inArray, isNull, sql } from 'drizzle-orm';
import { deadLetters, emailOutbox, postbackDeliveries } from '../../../schema';
import type { ServiceCall } from '../../context';
import { SPOOL_PREFIX } from '../tracking';
import { QUEUE_NAMES } from './queue-bindings';
import { requirePlatformStaff } from '../access';

const DAY_MS = 86_400_000;
// The drain sends at most this many spooled clicks a minute, so counting further says nothing more.
const SPOOL_COUNT_LIMIT = 1000;

export interface QueueDeadLetters {
  queue: string;
  total: number;
  lastDay: number;
  awaitingReplay: number;
}

export interface QueueHealth {
  generatedAt: Date;
  deadLetters: QueueDeadLetters[];
  clickSpool: { spooled: number; capped: boolean };
  emails: { pending: number; failed: number; oldestPendingAt: Date | null };
  postbacks: { pending: number; retrying: number; failed: number; failedLastDay: number; oldestWaitingAt: Date | null };
}

const countIf = (condition: ReturnType<typeof sql>) => sql<number>`count(*) filter (where ${condition})::int`;

/**
 * Backlogs and failures of the queues from what is stored: dead letters per queue, clicks spooled to KV while
 * the clicks queue refused them, outbox emails and postback deliveries not sent yet or given up on.
 */
export async function getQueueHealth({ ctx }: ServiceCall<void>): Promise<QueueHealth> {
  requirePlatformStaff(ctx);
  const dayAgo = new Date(ctx.now.getTime() - DAY_MS);
  const [letters, [emails], [postbacks], spool] = await Promise.all([
    ctx.db
      .select({
        queue: deadLetters.queue,
        total: sql<number>`count(*)::int`,
        lastDay: countIf(sql`${gte(deadLetters.createdAt, dayAgo)}`),
        awaitingReplay: countIf(sql`${isNull(deadLetters.replayedAt)}`),
      })
      .from(deadLetters)
      .groupBy(deadLetters.queue),
    ctx.db
      .select({
        pending: countIf(sql`${emailOutbox.status} = 'pending'`),
        failed: countIf(sql`${emailOutbox.status} = 'failed'`),
        oldestPendingAt: sql<
          string | null
        >`min(${emailOutbox.createdAt}) filter (where ${emailOutbox.status} = 'pending')`,
      })
      .from(emailOutbox)
      .where(inArray(emailOutbox.status, ['pending', 'failed'])),
    ctx.db
      .select({
        pending: countIf(sql`${postbackDeliveries.status} = 'pending'`),
        retrying: countIf(sql`${postbackDeliveries.status} = 'retrying'`),
        failed: countIf(sql`${postbackDeliveries.status} = 'failed'`),
        failedLastDay: countIf(
          sql`${postbackDeliveries.status} = 'failed' and ${gte(postbackDeliveries.updatedAt, dayAgo)}`,
        ),
        oldestWaitingAt: sql<
          string | null
        >`min(${postbackDeliveries.createdAt}) filter (where ${postbackDeliveries.status} <> 'failed')`,
      })
      .from(postbackDeliveries)
      .where(inArray(postbackDeliveries.status, ['pending', 'retrying', 'failed'])),
    ctx.config.CLICK_SPOOL.list({ prefix: SPOOL_PREFIX, limit: SPOOL_COUNT_LIMIT }),
  ]);
  const byQueue = new Map(letters.map((row) => [row.queue, row]));
  const queues = [...new Set([...QUEUE_NAMES, ...byQueue.keys()])];
  return {
    generatedAt: ctx.now,
    deadLetters: queues.map((queue) => byQueue.get(queue) ?? { queue, total: 0, lastDay: 0, awaitingReplay: 0 }),
    clickSpool: { spooled: spool.keys.length, capped: !spool.list_complete },
    emails: {
      pending: emails?.pending ?? 0,
      failed: emails?.failed ?? 0,
      oldestPendingAt: emails?.oldestPendingAt ? new Date(emails.oldestPendingAt) : null,
    },
    postbacks: {
      pending: postbacks?.pending ?? 0,
      retrying: postbacks?.retrying ?? 0,
      failed: postbacks?.failed ?? 0,
      failedLastDay: postbacks?.failedLastDay ?? 0,
      oldestWaitingAt: postbacks?.oldestWaitingAt ? new Date(postbacks.oldestWaitingAt) : null,
    },
  };
}
