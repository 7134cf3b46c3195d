import { index, integer, text, unique, uuid } from 'drizzle-orm/pg-core';
import { WebhookDeliveryStatus } from './enums';
import { logs } from './pg-schemas';
import { checkIn } from './util/checks';
import { createdAt, id, timestamps, timestamptz } from './util/columns';

/**
 * One event for one webhook endpoint: the exact body sent on every attempt, and where it stands.
 * (endpoint_id, event_key) is the idempotency key, so a redelivered notification makes no second
 * delivery. The id is the `webhook-id` receivers dedupe on. No foreign keys (a log).
 */
export const webhookDeliveries = logs.table(
  'webhook_deliveries',
  {
    /** UUIDv7 primary key; `msg_<id>` is the webhook-id header. */
    id: id(),
    /** The endpoint called (no foreign key). */
    endpointId: uuid().notNull(),
    /** The event's type: a notification event, or `webhook.test`. */
    eventType: text().notNull(),
    /** What makes the event unique for this endpoint (the notification's dedupe key). */
    eventKey: text().notNull(),
    /** The JSON body, byte for byte as signed and sent. */
    body: text().notNull(),
    /** pending, retrying, success or failed. */
    status: text({ enum: WebhookDeliveryStatus }).notNull().default('pending'),
    /** HTTP attempts so far. */
    attempts: integer().notNull().default(0),
    /** HTTP status of the last attempt; NULL when no response came. */
    lastStatusCode: integer(),
    /** Error of the last failed attempt. */
    lastError: text(),
    /** When the next retry is due. */
    nextAttemptAt: timestamptz(),
    /** When an attempt succeeded. */
    deliveredAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    unique('webhook_deliveries_endpoint_event_unique').on(t.endpointId, t.eventKey),
    index('webhook_deliveries_endpoint_id_created_at_idx').on(t.endpointId, t.createdAt),
    checkIn('webhook_deliveries_status_check', t.status, WebhookDeliveryStatus),
  ],
);

export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;

/** One row per HTTP attempt: the delivery log shown to the endpoint's owner. */
export const webhookAttempts = logs.table(
  'webhook_attempts',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The delivery attempted (no foreign key). */
    deliveryId: uuid().notNull(),
    /** The endpoint called (no foreign key). */
    endpointId: uuid().notNull(),
    /** Attempt number, 1 first. */
    attempt: integer().notNull(),
    /** success, retrying (failed, another attempt follows) or failed (the last one). */
    outcome: text({ enum: WebhookDeliveryStatus }).notNull(),
    /** HTTP status; NULL when no response came. */
    statusCode: integer(),
    /** Duration in milliseconds. */
    durationMs: integer(),
    /** Network or HTTP error, if any. */
    error: text(),
    /** The first 500 characters of the response body. */
    responseSnippet: text(),
    /** When the attempt was made. */
    createdAt: createdAt(),
  },
  (t) => [
    unique('webhook_attempts_delivery_id_attempt_unique').on(t.deliveryId, t.attempt),
    index('webhook_attempts_endpoint_id_created_at_idx').on(t.endpointId, t.createdAt),
    checkIn('webhook_attempts_outcome_check', t.outcome, WebhookDeliveryStatus),
  ],
);

export type WebhookAttempt = typeof webhookAttempts.$inferSelect;
