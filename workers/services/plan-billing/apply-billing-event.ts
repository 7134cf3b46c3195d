import { eq, sql } from 'drizzle-orm';
import { billingEvents, orgSubscriptions } from '../../../schema';
import type { OrgSubscriptionStatus } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { type BillingEventEnvelope, billingEventTarget } from '../../domain/plan-billing-event';
import { getSubscription } from '../../integrations/stripe';
import { callStripe, stripeConfig } from './billing-config';
import { notifyPaymentFailed } from './notify-payment-failed';
import { syncSubscription } from './sync-subscription';

export type BillingEventOutcome =
  | { outcome: 'ignored'; reason: string }
  | { outcome: 'duplicate' }
  | { outcome: 'applied'; status: OrgSubscriptionStatus };

/**
 * Applies a verified Stripe Billing event. Stripe is re-read for the subscription's current state
 * (events arrive late, twice, out of order), under a lock on the organization's row so concurrent
 * deliveries apply one after the other; the event id is recorded in the same transaction.
 */
export async function applyBillingEvent({
  ctx,
  input: { event },
}: ServiceCall<{ event: BillingEventEnvelope }>): Promise<BillingEventOutcome> {
  const cfg = stripeConfig({ ctx, input: undefined });
  const target = billingEventTarget(event);
  if (target.kind === 'ignored') return { outcome: 'ignored', reason: target.reason };
  const result = await inTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(orgSubscriptions)
      .where(eq(orgSubscriptions.stripeCustomerId, target.customerId))
      .for('update');
    if (!row) return { outcome: 'ignored' as const, reason: 'not a customer of this platform' };
    const [fresh] = await tx.db
      .insert(billingEvents)
      .values({ eventId: event.id, eventType: event.type, organizationId: row.organizationId })
      .onConflictDoNothing()
      .returning({ id: billingEvents.id });
    if (!fresh) return { outcome: 'duplicate' as const };
    const subscriptionId = target.subscriptionId ?? row.stripeSubscriptionId;
    if (!subscriptionId) return { outcome: 'ignored' as const, reason: 'no subscription yet' };
    // A replaced subscription's late events must not touch the current one.
    if (row.stripeSubscriptionId && row.stripeSubscriptionId !== subscriptionId && !target.fromCheckout)
      return { outcome: 'ignored' as const, reason: 'an earlier subscription of this customer' };
    const sub = await callStripe({
      ctx: tx,
      input: { what: 'read the subscription', call: () => getSubscription(cfg, subscriptionId) },
    });
    if (sub.customer !== row.stripeCustomerId)
      return { outcome: 'ignored' as const, reason: 'the subscription belongs to another customer' };
    const synced = await syncSubscription({ ctx: tx, input: { row, sub, reason: event.type } });
    await tx.db
      .update(orgSubscriptions)
      .set({ lastEventCreated: sql`GREATEST(COALESCE(${orgSubscriptions.lastEventCreated}, 0), ${event.created})` })
      .where(eq(orgSubscriptions.id, row.id));
    return { outcome: 'applied' as const, ...synced };
  });
  if (result.outcome !== 'applied') return result;
  ctx.log.info('billing_event_applied', {
    eventId: event.id,
    type: event.type,
    organizationId: result.subscription.organizationId,
    status: result.subscription.status,
  });
  if (result.graceStarted) await notifyPaymentFailed({ ctx, input: result.subscription });
  return { outcome: 'applied', status: result.subscription.status };
}
