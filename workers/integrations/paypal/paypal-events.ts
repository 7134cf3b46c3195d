import { z } from 'zod';
import { itemErrorFrom, paypalItemErrorBody, type PayPalItemError } from './paypal-errors';

/** Batch events we subscribe to (resource_type "payouts"). */
export const PAYOUTS_BATCH_EVENT_TYPES = [
  'PAYMENT.PAYOUTSBATCH.PROCESSING',
  'PAYMENT.PAYOUTSBATCH.SUCCESS',
  'PAYMENT.PAYOUTSBATCH.DENIED',
] as const;

/**
 * Item events we subscribe to (resource_type "payouts_item"). PayPal has no event for REVERSED
 * items: those are found by polling the batch.
 */
export const PAYOUTS_ITEM_EVENT_TYPES = [
  'PAYMENT.PAYOUTS-ITEM.SUCCEEDED',
  'PAYMENT.PAYOUTS-ITEM.FAILED',
  'PAYMENT.PAYOUTS-ITEM.BLOCKED',
  'PAYMENT.PAYOUTS-ITEM.CANCELED',
  'PAYMENT.PAYOUTS-ITEM.DENIED',
  'PAYMENT.PAYOUTS-ITEM.HELD',
  'PAYMENT.PAYOUTS-ITEM.REFUNDED',
  'PAYMENT.PAYOUTS-ITEM.RETURNED',
  'PAYMENT.PAYOUTS-ITEM.UNCLAIMED',
] as const;

export const PAYPAL_WEBHOOK_EVENT_TYPES = [...PAYOUTS_BATCH_EVENT_TYPES, ...PAYOUTS_ITEM_EVENT_TYPES] as const;

// Only the fields we act on are checked; PayPal adds fields freely, and those pass through.
const eventBase = { id: z.string().min(1), create_time: z.string().optional(), resource_type: z.string().optional() };

export const payoutsBatchEventSchema = z.object({
  ...eventBase,
  event_type: z.enum(PAYOUTS_BATCH_EVENT_TYPES),
  resource: z.object({
    batch_header: z.object({
      payout_batch_id: z.string().min(1),
      batch_status: z.string().min(1),
      sender_batch_header: z.object({ sender_batch_id: z.string().min(1) }),
    }),
  }),
});

export const payoutsItemEventSchema = z.object({
  ...eventBase,
  event_type: z.enum(PAYOUTS_ITEM_EVENT_TYPES),
  resource: z.object({
    payout_item_id: z.string().min(1),
    payout_batch_id: z.string().min(1),
    transaction_status: z.string().min(1),
    transaction_id: z.string().nullish(),
    // Optional at PayPal; every item we send has one, so a missing one is someone else's payout.
    payout_item: z.object({ sender_item_id: z.string().nullish() }),
    errors: paypalItemErrorBody.nullish(),
  }),
});

export const paypalWebhookEventSchema = z.discriminatedUnion('event_type', [
  payoutsBatchEventSchema,
  payoutsItemEventSchema,
]);

export type PayoutsBatchEvent = z.infer<typeof payoutsBatchEventSchema>;
export type PayoutsItemEvent = z.infer<typeof payoutsItemEventSchema>;
export type PayPalWebhookEvent = z.infer<typeof paypalWebhookEventSchema>;

/** A verified webhook body, normalised; `unsupported` for event types we do not subscribe to. */
export type PayPalEventOutcome =
  | {
      kind: 'batch';
      eventId: string;
      eventType: PayoutsBatchEvent['event_type'];
      payoutBatchId: string;
      senderBatchId: string;
      batchStatus: string;
    }
  | {
      kind: 'item';
      eventId: string;
      eventType: PayoutsItemEvent['event_type'];
      payoutItemId: string;
      payoutBatchId: string;
      senderItemId: string | null;
      transactionStatus: string;
      transactionId: string | null;
      error: PayPalItemError | null;
    }
  | { kind: 'unsupported'; eventId: string | null; eventType: string | null };

/** Reads a webhook body; throws a ZodError when a subscribed event type has the wrong shape. */
export function parsePayPalWebhookEvent(body: unknown): PayPalEventOutcome {
  const head = z.object({ id: z.string().optional(), event_type: z.string().optional() }).safeParse(body);
  const eventType = head.success ? (head.data.event_type ?? null) : null;
  if (!(PAYPAL_WEBHOOK_EVENT_TYPES as readonly (string | null)[]).includes(eventType)) {
    return { kind: 'unsupported', eventId: head.success ? (head.data.id ?? null) : null, eventType };
  }
  if ((PAYOUTS_BATCH_EVENT_TYPES as readonly (string | null)[]).includes(eventType)) {
    const event = payoutsBatchEventSchema.parse(body);
    const h = event.resource.batch_header;
    return {
      kind: 'batch',
      eventId: event.id,
      eventType: event.event_type,
      payoutBatchId: h.payout_batch_id,
      senderBatchId: h.sender_batch_header.sender_batch_id,
      batchStatus: h.batch_status,
    };
  }
  const event = payoutsItemEventSchema.parse(body);
  const r = event.resource;
  return {
    kind: 'item',
    eventId: event.id,
    eventType: event.event_type,
    payoutItemId: r.payout_item_id,
    payoutBatchId: r.payout_batch_id,
    senderItemId: r.payout_item.sender_item_id ?? null,
    transactionStatus: r.transaction_status,
    transactionId: r.transaction_id ?? null,
    error: itemErrorFrom(r.errors),
  };
}
