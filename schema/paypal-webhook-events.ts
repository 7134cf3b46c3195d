import { boolean, index, jsonb, text, unique } from 'drizzle-orm/pg-core';
import { logs } from './pg-schemas';
import { createdAt, id, timestamptz } from './util/columns';

/**
 * Every PayPal webhook delivery, verified or not. PayPal redelivers until it gets a 2xx, so the
 * event id is unique: a redelivered event is recognised and not applied twice.
 */
export const paypalWebhookEvents = logs.table(
  'paypal_webhook_events',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** PayPal's event id. */
    eventId: text().notNull(),
    /** PayPal's event type, e.g. PAYMENT.PAYOUTS-ITEM.SUCCEEDED. */
    eventType: text().notNull(),
    /** The payout batch or item the event is about. */
    resourceId: text(),
    /** Whether PayPal confirmed the signature; unverified events are stored, never applied. */
    verified: boolean().notNull(),
    /** The event as received. */
    payload: jsonb().notNull(),
    /** When the event was applied. */
    processedAt: timestamptz(),
    /** The outcome when the event could not be applied (e.g. malformed); NULL when it was. */
    error: text(),
    /** When the delivery arrived. */
    receivedAt: createdAt(),
  },
  (t) => [
    unique('paypal_webhook_events_event_id_unique').on(t.eventId),
    index('paypal_webhook_events_received_at_idx').on(t.receivedAt),
  ],
);

export type PaypalWebhookEvent = typeof paypalWebhookEvents.$inferSelect;
