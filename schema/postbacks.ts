import { index, integer, text, unique, uuid } from 'drizzle-orm/pg-core';
import { PostbackDeliveryStatus, PostbackEventType } from './enums';
import { logs } from './pg-schemas';
import { checkIn } from './util/checks';
import { createdAt, id, timestamps, timestamptz } from './util/columns';

/**
 * Delivery log of affiliates' outbound postbacks, one row per event, updated per attempt.
 * (affiliate_id, event_type, event_key) is the idempotency key: a redelivered queue message
 * finds its row instead of firing the postback again. No foreign keys: a log must not block
 * deletions in the business schema, nor be lost by a cascade.
 */
export const postbackDeliveries = logs.table(
  'postback_deliveries',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The affiliate whose postback URL is called. */
    affiliateId: uuid().notNull(),
    /** The advertiser of the event. */
    organizationId: uuid().notNull(),
    /** The conversion, for lead, sale and rejected events. */
    conversionId: uuid(),
    /** The click, for click events and conversions attributed to one. */
    clickId: uuid(),
    /** The program of the click or conversion; NULL only for rows older than the column. */
    programId: uuid(),
    /** When the event happened (the click's clicked_at, the conversion's occurred_at): the lists sort by it. */
    occurredAt: timestamptz().notNull().defaultNow(),
    /** click, lead, sale or rejected. */
    eventType: text({ enum: PostbackEventType }).notNull(),
    /** The click id for click events, the conversion id (and status) for the others. */
    eventKey: text().notNull(),
    /** The URL after macro expansion. */
    url: text().notNull(),
    /** pending (not tried yet), retrying (failed, will retry), success (2xx) or failed (gave up). */
    status: text({ enum: PostbackDeliveryStatus }).notNull().default('pending'),
    /** HTTP attempts so far. */
    attempts: integer().notNull().default(0),
    /** HTTP status of the last attempt; NULL when no response came. */
    lastStatusCode: integer(),
    /** Duration of the last attempt in milliseconds. */
    lastLatencyMs: integer(),
    /** Error of the last failed attempt. */
    lastError: text(),
    /** When the next retry is due. */
    nextAttemptAt: timestamptz(),
    /** When an attempt succeeded. */
    deliveredAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    unique('postback_deliveries_event_unique').on(t.affiliateId, t.eventType, t.eventKey),
    index('postback_deliveries_organization_id_created_at_idx').on(t.organizationId, t.createdAt),
    index('postback_deliveries_affiliate_id_created_at_idx').on(t.affiliateId, t.createdAt),
    index('postback_deliveries_conversion_id_idx').on(t.conversionId),
    index('postback_deliveries_organization_id_occurred_at_idx').on(t.organizationId, t.occurredAt),
    index('postback_deliveries_affiliate_id_occurred_at_idx').on(t.affiliateId, t.occurredAt),
    index('postback_deliveries_status_created_at_idx').on(t.status, t.createdAt),
    checkIn('postback_deliveries_event_type_check', t.eventType, PostbackEventType),
    checkIn('postback_deliveries_status_check', t.status, PostbackDeliveryStatus),
  ],
);

export type PostbackDelivery = typeof postbackDeliveries.$inferSelect;

/** One row per HTTP attempt of a delivery: status code, latency and error, for the delivery log. */
export const postbackAttempts = logs.table(
  'postback_attempts',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The delivery attempted (no foreign key). */
    deliveryId: uuid().notNull(),
    /** Attempt number, 1 first. */
    attempt: integer().notNull(),
    /** success, retrying (failed, another attempt follows) or failed (the last one). */
    outcome: text({ enum: PostbackDeliveryStatus }).notNull(),
    /** HTTP status; NULL when no response came. */
    statusCode: integer(),
    /** Duration in milliseconds. */
    latencyMs: integer(),
    /** Network or HTTP error, if any. */
    error: text(),
    /** When the attempt was made. */
    createdAt: createdAt(),
  },
  (t) => [
    unique('postback_attempts_delivery_id_attempt_unique').on(t.deliveryId, t.attempt),
    checkIn('postback_attempts_outcome_check', t.outcome, PostbackDeliveryStatus),
  ],
);

export type PostbackAttempt = typeof postbackAttempts.$inferSelect;
