import { boolean, index, jsonb, text, unique } from 'drizzle-orm/pg-core';
import { logs } from './pg-schemas';
import { createdAt, id, timestamptz } from './util/columns';

// Every PayPal webhook delivery, verified or not. PayPal redelivers until it gets a 2xx, so the
// event id is unique: a redelivered event is recognised and not applied twice.
export const paypalWebhookEvents = logs.table(
  'paypal_webhook_events',
  {
    id: id(),
    eventId: text().notNull(),
    eventType: text().notNull(),
    resourceId: text(),
    verified: boolean().notNull(),
    payload: jsonb().notNull(),
    processedAt: timestamptz(),
    error: text(),
    receivedAt: createdAt(),
  },
  (t) => [
    unique('paypal_webhook_events_event_id_unique').on(t.eventId),
    index('paypal_webhook_events_received_at_idx').on(t.receivedAt),
  ],
);

export type PaypalWebhookEvent = typeof paypalWebhookEvents.$inferSelect;
