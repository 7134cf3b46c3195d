import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { payoutItems, payoutMethods, stripePayoutEvents } from '../../../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../../../context';
import { uuidv7 } from '../../../../contracts/ids';
import { verifyStripeSignature } from '../../../../domain/stripe-signature';
import { AppError, NotFoundError } from '../../../../errors/app-error';
import { connectedAccount, stripeTransfer } from '../../../../integrations/stripe';
import { enqueueNotifications, type NotificationRequest } from '../../../notifications';
import { applyStripeAccountState, noteConnectedPayout, resolveStripePayoutAccount } from '../../../stripe-payouts';
import { reversal } from './poll-stripe-part';
import { settleItemResult } from '../../settle-item-result';

const envelope = z.object({
  id: z.string().min(1).max(255),
  type: z.string().min(1).max(255),
  account: z.string().max(255).optional(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
type StripeEvent = z.infer<typeof envelope>;

export interface StripeWebhookResult {
  eventId: string;
  duplicate: boolean;
  outcome: string;
}

/** Whether the connected account is one of this organization's affiliates' (events of other platforms' accounts are ignored). */
async function ownsAccount(ctx: ServiceContext, organizationId: string, account: string) {
  const [row] = await ctx.db
    .select({ id: payoutMethods.id })
    .from(payoutMethods)
    .where(and(eq(payoutMethods.organizationId, organizationId), eq(payoutMethods.stripeAccountId, account)));
  return row !== undefined;
}

/** Acts on a verified, first-seen event inside the transaction that marks it processed. */
async function act(
  tx: ServiceContext,
  organizationId: string,
  event: StripeEvent,
): Promise<{ outcome: string; notifications: NotificationRequest[] }> {
  const object = event.data.object;
  switch (event.type) {
    case 'account.updated': {
      const account = connectedAccount.parse(object);
      if (!(await ownsAccount(tx, organizationId, account.id)))
        return { outcome: 'unknown_account', notifications: [] };
      await applyStripeAccountState({ ctx: tx, input: { account } });
      return { outcome: 'applied', notifications: [] };
    }
    case 'transfer.reversed': {
      const transfer = stripeTransfer.parse(object);
      const [item] = await tx.db
        .select({ id: payoutItems.id })
        .from(payoutItems)
        .where(and(eq(payoutItems.stripeTransferId, transfer.id), eq(payoutItems.organizationId, organizationId)));
      if (!item) return { outcome: 'unknown_item', notifications: [] };
      // Only a full reversal returns the item; a partial one is for finance to settle by adjustment.
      if (!transfer.reversed) return { outcome: 'partial_reversal', notifications: [] };
      const result = await settleItemResult({ ctx: tx, input: reversal(item.id) });
      return { outcome: result.outcome, notifications: result.notifications };
    }
    case 'payout.paid':
    case 'payout.failed': {
      if (!event.account || !(await ownsAccount(tx, organizationId, event.account)))
        return { outcome: 'unknown_account', notifications: [] };
      const failureCode = typeof object.failure_code === 'string' ? object.failure_code : null;
      await noteConnectedPayout({
        ctx: tx,
        input: { account: event.account, status: event.type === 'payout.paid' ? 'paid' : 'failed', failureCode },
      });
      return { outcome: 'applied', notifications: [] };
    }
    default:
      return { outcome: 'ignored', notifications: [] };
  }
}

const APPLIED = new Set(['applied', 'unchanged', 'ignored']);

/**
 * A Stripe Connect webhook delivery at an organization's payout endpoint, signed with the secret
 * of the account that pays for it (its own, else the deployment's); 404 when it has none or no
 * webhook secret. A bad signature stores nothing and answers invalid_signature. A verified event
 * is stored once by its id and applied once: a redelivery answers duplicate and changes nothing.
 */
export async function receiveStripePayoutWebhook({
  ctx,
  input,
}: ServiceCall<{
  organizationId: string;
  payload: Uint8Array;
  signature: string | undefined;
}>): Promise<StripeWebhookResult> {
  const account = await resolveStripePayoutAccount({ ctx, input: { organizationId: input.organizationId } });
  if (!account?.webhookSecret) throw new NotFoundError('Stripe payout connection');
  const check = await verifyStripeSignature(
    input.signature,
    input.payload,
    account.webhookSecret,
    Math.floor(ctx.now.getTime() / 1000),
  );
  if (!check.ok)
    throw new AppError(
      'invalid_signature',
      check.reason === 'expired'
        ? 'The Stripe-Signature timestamp is too old'
        : 'Stripe-Signature does not match this endpoint’s secret',
    );
  let event: StripeEvent;
  try {
    event = envelope.parse(JSON.parse(new TextDecoder().decode(input.payload)));
  } catch {
    throw new AppError('validation_failed', 'The body is not a Stripe event');
  }
  const { result, notifications } = await inTransaction(ctx, async (tx) => {
    await tx.db.execute(sql`
      INSERT INTO logs.stripe_payout_events (id, event_id, organization_id, event_type, account, payload)
      VALUES (${uuidv7(tx.now.getTime())}, ${event.id}, ${input.organizationId}, ${event.type}, ${event.account ?? null}, ${JSON.stringify(event)}::jsonb)
      ON CONFLICT (organization_id, event_id) DO NOTHING`);
    const [row] = await tx.db
      .select()
      .from(stripePayoutEvents)
      .where(and(eq(stripePayoutEvents.organizationId, input.organizationId), eq(stripePayoutEvents.eventId, event.id)))
      .for('update');
    if (row!.processedAt)
      return { result: { eventId: event.id, duplicate: true, outcome: 'duplicate' }, notifications: [] };
    let done: { outcome: string; notifications: NotificationRequest[] };
    try {
      done = await act(tx, input.organizationId, event);
    } catch (err) {
      if (!(err instanceof z.ZodError)) throw err;
      done = { outcome: 'malformed', notifications: [] };
    }
    await tx.db
      .update(stripePayoutEvents)
      .set({ processedAt: tx.now, error: APPLIED.has(done.outcome) ? null : done.outcome })
      .where(eq(stripePayoutEvents.id, row!.id));
    return {
      result: { eventId: event.id, duplicate: false, outcome: done.outcome },
      notifications: done.notifications,
    };
  });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
  return result;
}
