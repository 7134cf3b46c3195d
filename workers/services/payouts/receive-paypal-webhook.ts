import { eq, sql } from 'drizzle-orm';
import { payoutBatchParts, paypalWebhookEvents } from '../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../context';
import { uuidv7 } from '../../contracts/ids';
import { PaypalItemStatus } from '../../domain/payout-item-transition';
import { AppError, ValidationError } from '../../errors/app-error';
import { parsePayPalWebhookEvent, type PayPalEventOutcome } from '../../integrations/paypal/paypal-events';
import { verifyWebhookSignature } from '../../integrations/paypal/verify-webhook-signature';
import { enqueueNotifications, type NotificationRequest } from '../notifications';
import { requirePaypal } from './require-paypal';
import { settleItemResult } from './settle-item-result';

const KNOWN = new Set<string>(PaypalItemStatus);

export interface WebhookResult {
  eventId: string;
  duplicate: boolean;
  outcome: string;
}

function resourceId(event: PayPalEventOutcome): string | null {
  if (event.kind === 'item') return event.payoutItemId;
  if (event.kind === 'batch') return event.payoutBatchId;
  return null;
}

/** Acts on a verified, first-seen event inside the transaction that marks it processed. */
async function act(
  tx: ServiceContext,
  event: PayPalEventOutcome,
): Promise<{ outcome: string; notifications: NotificationRequest[] }> {
  if (event.kind === 'batch') {
    await tx.db
      .update(payoutBatchParts)
      .set({ paypalStatus: event.batchStatus, updatedAt: tx.now })
      .where(eq(payoutBatchParts.paypalBatchId, event.payoutBatchId));
    return { outcome: 'batch_status_recorded', notifications: [] };
  }
  if (event.kind === 'unsupported')
    return { outcome: event.eventType === 'malformed' ? 'malformed' : 'ignored', notifications: [] };
  if (!event.senderItemId || !KNOWN.has(event.transactionStatus)) return { outcome: 'ignored', notifications: [] };
  const result = await settleItemResult(tx, {
    payoutItemId: event.senderItemId,
    paypalItemId: event.payoutItemId,
    transactionStatus: event.transactionStatus as PaypalItemStatus,
    transactionId: event.transactionId,
    error: event.error,
  });
  return { outcome: result.outcome, notifications: result.notifications };
}

/**
 * A PayPal webhook delivery. Every delivery is stored; an unverified one answers invalid_signature
 * and never acts (nor blocks the genuine event with the same id, which upgrades the row). A
 * verified event is applied once: the row is locked, and a processed one is a redelivery.
 */
export async function receivePaypalWebhook({
  ctx,
  input,
}: ServiceCall<{ headers: Headers; body: unknown }>): Promise<WebhookResult> {
  const cfg = requirePaypal(ctx);
  const head = input.body as { id?: unknown; event_type?: unknown } | null;
  if (typeof head?.id !== 'string' || head.id.length === 0 || head.id.length > 255)
    throw new ValidationError('The event has no id');
  const eventId = head.id;
  const eventType = typeof head.event_type === 'string' ? head.event_type.slice(0, 255) : 'unknown';
  const verified = await verifyWebhookSignature(cfg, input.headers, input.body);
  if (!verified) {
    await ctx.db
      .insert(paypalWebhookEvents)
      .values({ eventId, eventType, verified: false, payload: input.body, error: 'signature not verified' })
      .onConflictDoNothing();
    throw new AppError('invalid_signature', 'PayPal did not confirm this webhook’s signature');
  }
  // A verified event of a subscribed type in a shape we cannot read is kept with its error and
  // answered 200: PayPal would redeliver it unchanged forever, and the poller reads the results anyway.
  let event: PayPalEventOutcome;
  try {
    event = parsePayPalWebhookEvent(input.body);
  } catch {
    event = { kind: 'unsupported', eventId, eventType: 'malformed' };
  }
  const { result, notifications } = await inTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`
      INSERT INTO logs.paypal_webhook_events (id, event_id, event_type, resource_id, verified, payload)
      VALUES (${uuidv7(tx.now.getTime())}, ${eventId}, ${eventType}, ${resourceId(event)}, true, ${JSON.stringify(input.body)}::jsonb)
      ON CONFLICT (event_id) DO UPDATE SET verified = true, event_type = excluded.event_type, resource_id = excluded.resource_id, payload = excluded.payload, error = NULL
      WHERE logs.paypal_webhook_events.verified = false`);
    const [row] = await tx.db
      .select()
      .from(paypalWebhookEvents)
      .where(eq(paypalWebhookEvents.eventId, eventId))
      .for('update');
    if (row!.processedAt) return { result: { eventId, duplicate: true, outcome: 'duplicate' }, notifications: [] };
    const done = await act(tx, event);
    await tx.db
      .update(paypalWebhookEvents)
      .set({
        processedAt: tx.now,
        error: ['applied', 'unchanged', 'batch_status_recorded', 'ignored'].includes(done.outcome)
          ? null
          : done.outcome,
      })
      .where(eq(paypalWebhookEvents.id, row!.id));
    return { result: { eventId, duplicate: false, outcome: done.outcome }, notifications: done.notifications };
  });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  return result;
}
