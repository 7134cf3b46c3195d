import { eq, sql } from 'drizzle-orm';
import { payoutBatchParts, paypalWebhookEvents } from '../../../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../../../context';
import { uuidv7 } from '../../../../contracts/ids';
import { PaypalItemStatus } from '../../../../domain/payout-item-transition';
import { AppError, NotFoundError, ValidationError } from '../../../../errors/app-error';
import { parsePayPalWebhookEvent, type PayPalEventOutcome } from '../../../../integrations/paypal/paypal-events';
import { verifyWebhookSignature } from '../../../../integrations/paypal/verify-webhook-signature';
import { enqueueNotifications, type NotificationRequest } from '../../../notifications';
import { ownPaypalAccount } from '../../../paypal-accounts';
import { paypalConfig } from '../../../../integrations/paypal/paypal-config';
import { webhookEventOwner } from '../../webhook-event-owner';
import { completePayoutBatch } from '../../complete-payout-batch';
import { settleItemResult } from '../../settle-item-result';

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
    const parts = await tx.db
      .update(payoutBatchParts)
      .set({ paypalStatus: event.batchStatus, updatedAt: tx.now })
      .where(eq(payoutBatchParts.paypalBatchId, event.payoutBatchId))
      .returning({ batchId: payoutBatchParts.batchId });
    // The batch's header shows PayPal's status too, not only its part's.
    for (const part of parts) await completePayoutBatch({ ctx: tx, input: { batchId: part.batchId } });
    return { outcome: 'batch_status_recorded', notifications: [] };
  }
  if (event.kind === 'unsupported')
    return { outcome: event.eventType === 'malformed' ? 'malformed' : 'ignored', notifications: [] };
  if (!event.senderItemId || !KNOWN.has(event.transactionStatus)) return { outcome: 'ignored', notifications: [] };
  const result = await settleItemResult({
    ctx: tx,
    input: {
      payoutItemId: event.senderItemId,
      paypalItemId: event.payoutItemId,
      transactionStatus: event.transactionStatus as PaypalItemStatus,
      transactionId: event.transactionId,
      error: event.error,
    },
  });
  return { outcome: result.outcome, notifications: result.notifications };
}

/**
 * Which account verifies a delivery: the organization's own app at its URL (404 when it has none),
 * the deployment's at the platform URL.
 */
async function verifyingAccount(ctx: ServiceContext, organizationId: string | undefined) {
  if (organizationId !== undefined) {
    const own = await ownPaypalAccount({ ctx, input: { organizationId } });
    if (!own) throw new NotFoundError('PayPal connection');
    return own;
  }
  const platform = paypalConfig(ctx.config);
  if (!platform)
    throw new AppError(
      'payouts_not_configured',
      'PayPal payouts are not configured on this deployment (PAYPAL_BASE_URL, PAYPAL_CLIENT_ID, PAYPAL_CLIENT_SECRET)',
    );
  return platform;
}

/**
 * Whether this endpoint may act on the event: an organization's URL only on its own payouts, the
 * platform URL only on payouts of organizations without their own app (those it paid).
 */
async function belongsHere(ctx: ServiceContext, event: PayPalEventOutcome, organizationId: string | undefined) {
  const owner = await webhookEventOwner({ ctx, input: { event } });
  if (owner === null) return true;
  if (organizationId !== undefined) return owner === organizationId;
  return (await ownPaypalAccount({ ctx, input: { organizationId: owner } })) === null;
}

/**
 * A PayPal webhook delivery. Every delivery is stored; an unverified one answers invalid_signature
 * and never acts (nor blocks the genuine event with the same id, which upgrades the row). A
 * verified event is applied once: the row is locked, and a processed one is a redelivery.
 */
export async function receivePaypalWebhook({
  ctx,
  input,
}: ServiceCall<{ headers: Headers; body: unknown; organizationId?: string }>): Promise<WebhookResult> {
  const cfg = await verifyingAccount(ctx, input.organizationId);
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
  // Another organization's payout (e.g. one PayPal app shared by two organizations): kept like an
  // unverified delivery, so the same event at its owner's URL is still applied there.
  if (!(await belongsHere(ctx, event, input.organizationId))) {
    await ctx.db
      .insert(paypalWebhookEvents)
      .values({ eventId, eventType, verified: false, payload: input.body, error: 'another organization’s payout' })
      .onConflictDoNothing();
    return { eventId, duplicate: false, outcome: 'other_organization' };
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
