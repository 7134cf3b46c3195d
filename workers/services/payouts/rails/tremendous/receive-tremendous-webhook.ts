import { and, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { payoutItems, tremendousEvents, tremendousOrders } from '../../../../../schema';
import { inTransaction, type ServiceCall } from '../../../../context';
import { uuidv7 } from '../../../../contracts/ids';
import { AppError, NotFoundError } from '../../../../errors/app-error';
import { enqueueNotifications, type NotificationRequest } from '../../../notifications';
import { settleItemResult } from '../../settle-item-result';
import { tremendousResult } from './order-status';
import { recordTremendousOrder } from './record-order';
import { resolveTremendousAccount } from '../../../tremendous-accounts';
import { getOrder, type TremendousOrder } from '../../../../integrations/tremendous';
import { verifyTremendousSignature } from './tremendous-signature';

/** Tremendous's webhook envelope: the event name, its uuid and the resource it is about. */
const envelope = z.object({
  event: z.string().min(1).max(100),
  uuid: z.string().min(1).max(100),
  created_utc: z.string().max(100).optional(),
  payload: z.object({ resource: z.object({ id: z.string().min(1).max(100), type: z.string().max(50) }) }),
});
type TremendousEvent = z.infer<typeof envelope>;

export interface TremendousWebhookResult {
  eventId: string;
  duplicate: boolean;
  outcome: string;
}

/**
 * A Tremendous webhook delivery at an organization's endpoint, signed with the webhook's private key
 * of the account that pays for it (its own, else the deployment's); 404 when it has none. A bad
 * signature stores nothing and answers invalid_signature. The event names a resource only, so the
 * order is read back from Tremendous (the documented way: the event is a nudge, the API the truth)
 * and settled as polling would. Stored once by its uuid: a redelivery answers duplicate.
 */
export async function receiveTremendousWebhook({
  ctx,
  input,
}: ServiceCall<{
  organizationId: string;
  payload: Uint8Array;
  signature: string | undefined;
}>): Promise<TremendousWebhookResult> {
  const account = await resolveTremendousAccount({ ctx, input: { organizationId: input.organizationId } });
  if (!account?.webhookKey) throw new NotFoundError('Tremendous connection');
  if (!(await verifyTremendousSignature(input.signature, input.payload, account.webhookKey)))
    throw new AppError('invalid_signature', 'Tremendous-Webhook-Signature does not match this endpoint’s key');
  let event: TremendousEvent;
  try {
    event = envelope.parse(JSON.parse(new TextDecoder().decode(input.payload)));
  } catch {
    throw new AppError('validation_failed', 'The body is not a Tremendous event');
  }
  // The item the event is about: its order or its reward, of this organization only.
  const resourceId = event.payload.resource.id;
  const [target] = await ctx.db
    .select({ payoutItemId: tremendousOrders.payoutItemId, orderId: tremendousOrders.orderId })
    .from(tremendousOrders)
    .innerJoin(payoutItems, eq(payoutItems.id, tremendousOrders.payoutItemId))
    .where(
      and(
        eq(payoutItems.organizationId, input.organizationId),
        or(eq(tremendousOrders.orderId, resourceId), eq(tremendousOrders.rewardId, resourceId)),
      ),
    );
  // Read before the transaction: no provider call holds a row lock.
  const order: TremendousOrder | null = target ? await getOrder(account, target.orderId) : null;
  const { result, notifications } = await inTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`
      INSERT INTO logs.tremendous_events (id, event_id, organization_id, event_type, payload)
      VALUES (${uuidv7(tx.now.getTime())}, ${event.uuid}, ${input.organizationId}, ${event.event}, ${JSON.stringify(event)}::jsonb)
      ON CONFLICT (organization_id, event_id) DO NOTHING`);
    const [row] = await tx.db
      .select()
      .from(tremendousEvents)
      .where(and(eq(tremendousEvents.organizationId, input.organizationId), eq(tremendousEvents.eventId, event.uuid)))
      .for('update');
    if (row!.processedAt)
      return { result: { eventId: event.uuid, duplicate: true, outcome: 'duplicate' }, notifications: [] };
    let outcome = 'applied';
    let notes: NotificationRequest[] = [];
    if (!target || !order) outcome = 'unknown_item';
    else if (event.event === 'REWARDS.CANCELED') {
      // A gift card canceled after it was paid: Tremendous refunds the funding source, so the lines return.
      const settled = await settleItemResult({
        ctx: tx,
        input: tremendousResult(target.payoutItemId, 'REFUNDED', 'Tremendous canceled the gift card'),
      });
      notes = settled.notifications;
    } else notes = await recordTremendousOrder({ ctx: tx, input: { payoutItemId: target.payoutItemId, order } });
    await tx.db
      .update(tremendousEvents)
      .set({ processedAt: tx.now, error: outcome === 'applied' ? null : outcome })
      .where(eq(tremendousEvents.id, row!.id));
    return { result: { eventId: event.uuid, duplicate: false, outcome }, notifications: notes };
  });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  return result;
}
