import { and, asc, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { notifications, users, type Notification } from '../../../schema';
import type { ServiceCall, ServiceContext } from '../../context';
import { nextDeliveryAttempt } from '../../domain/delivery-backoff';
import { type ChannelOutcome, DELIVERED_CHANNELS, DELIVERY_CHANNELS, type Recipient } from './channels';

const sqlAttemptsPlusOne = sql`${notifications.attempts} + 1`;

/** How long a claimed row is left to its delivery before another run may take it over. */
const LEASE_MS = 2 * 60_000;

/**
 * Claims due pending rows of the outside channels: one attempt more, and a lease, so concurrent
 * runs (the consumer and the sweep, or two sweeps) never deliver a row twice at once.
 */
async function claim(ctx: ServiceContext, filter: SQL | undefined, limit: number): Promise<Notification[]> {
  const due = ctx.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.status, 'pending'),
        inArray(notifications.channel, DELIVERED_CHANNELS),
        lte(notifications.nextAttemptAt, ctx.now),
        filter,
      ),
    )
    .orderBy(asc(notifications.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  return ctx.db
    .update(notifications)
    .set({
      attempts: sqlAttemptsPlusOne,
      nextAttemptAt: new Date(ctx.now.getTime() + LEASE_MS),
      updatedAt: ctx.now,
    })
    .where(and(inArray(notifications.id, due), eq(notifications.status, 'pending')))
    .returning();
}

async function record(ctx: ServiceContext, row: Notification, outcome: ChannelOutcome): Promise<void> {
  const pending = and(eq(notifications.id, row.id), eq(notifications.status, 'pending'));
  if (outcome.status === 'sent') {
    await ctx.db
      .update(notifications)
      .set({ status: 'sent', sentAt: ctx.now, lastError: null, nextAttemptAt: null, updatedAt: ctx.now })
      .where(pending);
    return;
  }
  let next = outcome.status === 'retry' ? nextDeliveryAttempt(row.attempts, ctx.now) : null;
  if (next && outcome.status === 'retry' && outcome.retryAfterSeconds)
    next = new Date(Math.max(next.getTime(), ctx.now.getTime() + outcome.retryAfterSeconds * 1000));
  await ctx.db
    .update(notifications)
    .set({
      status: next ? 'pending' : 'failed',
      nextAttemptAt: next,
      lastError: outcome.error.slice(0, 1000),
      updatedAt: ctx.now,
    })
    .where(pending);
  const log = next ? ctx.log.warn : ctx.log.error;
  log.call(ctx.log, next ? 'notification_delivery_retry' : 'notification_delivery_failed', {
    notificationId: row.id,
    channel: row.channel,
    attempts: row.attempts,
    error: outcome.error.slice(0, 300),
  });
}

async function deliverClaimed(ctx: ServiceContext, rows: Notification[]): Promise<number> {
  if (rows.length === 0) return 0;
  const recipients = new Map<string, Recipient>(
    (
      await ctx.db
        .select({
          userId: users.id,
          email: users.email,
          telegramChatId: users.telegramChatId,
          deletedAt: users.deletedAt,
        })
        .from(users)
        .where(inArray(users.id, [...new Set(rows.map((r) => r.userId))]))
    ).map((u) => [u.userId, { ...u, email: u.deletedAt ? null : u.email }]),
  );
  let sent = 0;
  for (const row of rows) {
    const step = DELIVERY_CHANNELS[row.channel];
    const recipient = recipients.get(row.userId) ?? { userId: row.userId, email: null, telegramChatId: null };
    let outcome: ChannelOutcome;
    try {
      outcome = step
        ? await step.deliver(ctx, row, recipient)
        : { status: 'gone', error: `no delivery step for ${row.channel}` };
    } catch (err) {
      outcome = { status: 'retry', error: err instanceof Error ? err.message : String(err) };
    }
    await record(ctx, row, outcome);
    if (outcome.status === 'sent') sent++;
  }
  return sent;
}

/**
 * Delivers the email and Telegram rows just recorded for these dedupe keys (the consumer, after
 * its write). Rows delivered already, or claimed by another run, are skipped: a redelivered
 * queue message sends nothing twice.
 */
export async function deliverNotifications({ ctx, input }: ServiceCall<{ dedupeKeys: string[] }>): Promise<number> {
  if (input.dedupeKeys.length === 0) return 0;
  const keys = input.dedupeKeys.flatMap((k) => DELIVERED_CHANNELS.map((c) => `${k}:${c}`));
  return deliverClaimed(ctx, await claim(ctx, inArray(notifications.dedupeKey, keys), keys.length));
}

/**
 * The minute sweep: retries due email and Telegram rows (backoff after a failure), and picks up
 * rows whose first delivery never ran (the consumer stopped after its write).
 */
export async function deliverDueNotifications({ ctx, input }: ServiceCall<{ limit: number }>): Promise<number> {
  return deliverClaimed(ctx, await claim(ctx, undefined, input.limit));
}
