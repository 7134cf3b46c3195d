import { z } from 'zod';
import type { DisputeEvent } from '../contracts/dispute-event';
import {
  type SourceMapping,
  conversion,
  currencyCode,
  customClickId,
  customCoupon,
  ignored,
  minorUnitsString,
} from './source-mapping';

/**
 * Paddle Billing notifications turned into our events. Only the fields we read are declared and
 * unknown ones are ignored: Paddle adds fields without a new version. Amounts are strings of
 * minor units in the transaction's currency (`"1199"` is 11.99 USD, `"1200"` is 1,200 JPY).
 */
export const paddleEventEnvelope = z.object({
  event_id: z.string().min(1).max(200),
  event_type: z.string().min(1).max(200),
  occurred_at: z.iso.datetime({ offset: true }),
  notification_id: z.string().max(200).nullish(),
  data: z.record(z.string(), z.unknown()),
});
export type PaddleEventEnvelope = z.infer<typeof paddleEventEnvelope>;

const customData = z.record(z.string(), z.unknown()).nullish();

const transaction = z.object({
  id: z.string().min(1).max(200),
  status: z.string(),
  customer_id: z.string().max(200).nullish(),
  subscription_id: z.string().max(200).nullish(),
  /** web, api: a checkout or a one-off; subscription_recurring, subscription_charge, subscription_update: a later payment. */
  origin: z.string().nullish(),
  currency_code: currencyCode,
  custom_data: customData,
  details: z.object({
    totals: z.object({ total: minorUnitsString, grand_total: minorUnitsString.nullish() }),
  }),
});

const adjustment = z.object({
  id: z.string().min(1).max(200),
  action: z.string(),
  transaction_id: z.string().min(1).max(200),
  customer_id: z.string().max(200).nullish(),
  status: z.string(),
  currency_code: currencyCode,
  totals: z.object({ total: minorUnitsString }),
});

const subscription = z.object({
  id: z.string().min(1).max(200),
  customer_id: z.string().max(200).nullish(),
  custom_data: customData,
});

/** Origins of a subscription's later payments: renewals, one-off charges and prorated upgrades. */
const LATER_PAYMENT_ORIGINS = new Set(['subscription_recurring', 'subscription_charge', 'subscription_update']);

const base = (envelope: PaddleEventEnvelope, objectId: string, eventId = envelope.event_id) => ({
  eventId,
  occurredAt: envelope.occurred_at,
  metadata: { paddle_event_type: envelope.event_type, paddle_event_id: envelope.event_id, paddle_object_id: objectId },
});

function fromTransactionCompleted(envelope: PaddleEventEnvelope): SourceMapping {
  const txn = transaction.parse(envelope.data);
  // grand_total is what the customer paid after credits; total before them.
  const paid = txn.details.totals.grand_total ?? txn.details.totals.total;
  const later = txn.origin ? LATER_PAYMENT_ORIGINS.has(txn.origin) : false;
  const who = {
    click_id: customClickId(txn.custom_data),
    coupon: customCoupon(txn.custom_data),
    customer_id: txn.customer_id ?? undefined,
    order_id: txn.id,
  };
  if (paid <= 0) {
    // A trial's first transaction pays nothing, but it ties the Paddle customer to the click.
    if (later) return ignored('transaction.completed with nothing paid');
    return conversion(base(envelope, txn.id), { type: 'lead', ...who });
  }
  return conversion(base(envelope, txn.id), {
    // The core turns a customer's first paid rebill after a trial into the sale.
    type: later ? 'rebill' : 'sale',
    ...who,
    amount: paid,
    currency: txn.currency_code,
  });
}

/** The dispute phase each chargeback adjustment means; a closed dispute never reopens. */
const CHARGEBACK_PHASES: Record<string, DisputeEvent['phase']> = {
  chargeback_warning: 'opened',
  chargeback: 'lost',
  chargeback_reverse: 'won',
};

/**
 * Adjustments move money back. Refunds wait for approval (created pending_approval, updated
 * approved), so only an approved one counts, keyed by the adjustment's id: whichever of its
 * events arrives approved first records it, the other records nothing.
 */
function fromAdjustment(envelope: PaddleEventEnvelope): SourceMapping {
  const adj = adjustment.parse(envelope.data);
  if (adj.status !== 'approved') return ignored(`adjustment ${adj.status}: only approved adjustments move money`);
  const phase = CHARGEBACK_PHASES[adj.action];
  if (phase) {
    return {
      kind: 'dispute',
      dispute: {
        eventId: envelope.event_id,
        // One chargeback per transaction: its warning, chargeback and reversal name the same dispute.
        disputeId: `chargeback:${adj.transaction_id}`,
        phase,
        orderId: adj.transaction_id,
        amountMinor: adj.totals.total,
        currency: adj.currency_code,
        occurredAt: envelope.occurred_at,
        sourceType: `${envelope.event_type}:${adj.action}`,
      },
    };
  }
  if (adj.action !== 'refund') return ignored(`adjustment ${adj.action} moves no money back to the customer`);
  return conversion(base(envelope, adj.id, adj.id), {
    type: 'refund',
    customer_id: adj.customer_id ?? undefined,
    order_id: adj.transaction_id,
    amount: adj.totals.total,
    currency: adj.currency_code,
  });
}

function fromSubscriptionCanceled(envelope: PaddleEventEnvelope): SourceMapping {
  const sub = subscription.parse(envelope.data);
  return conversion(base(envelope, sub.id), {
    type: 'cancel',
    customer_id: sub.customer_id ?? undefined,
    click_id: customClickId(sub.custom_data),
  });
}

const MAPPERS: Record<string, (envelope: PaddleEventEnvelope) => SourceMapping> = {
  'transaction.completed': fromTransactionCompleted,
  'adjustment.created': fromAdjustment,
  'adjustment.updated': fromAdjustment,
  'subscription.canceled': fromSubscriptionCanceled,
};

/** The event types to subscribe the notification destination to. */
export const PADDLE_EVENT_TYPES = Object.keys(MAPPERS);

/** Our event for a Paddle notification, or why it is ignored. Throws a ZodError when a field we need is missing. */
export function mapPaddleEvent(envelope: PaddleEventEnvelope): SourceMapping {
  const mapper = MAPPERS[envelope.event_type];
  return mapper ? mapper(envelope) : ignored(`${envelope.event_type} is not an event we act on`);
}
