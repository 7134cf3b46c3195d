import { sql } from 'drizzle-orm';
import { type AnyPgColumn, char, check, index, inet, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { editions } from './editions';
import { enrollments } from './enrollments';
import {
  AttributionMethod,
  CancelEffect,
  ConversionSource,
  ConversionStatus,
  FraudFlag,
  RecordedEventType,
} from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { referredCustomers } from './referred-customers';
import { users } from './users';
import { checkAllIn, checkIn } from './util/checks';
import { id, money, timestamps, timestamptz } from './util/columns';

/**
 * One inbound event from a partner app (lead, sale, rebill, refund, cancel). Idempotent on
 * (app_id, event_id): the same event sent twice, or concurrently, is one row. Program, enrollment
 * and affiliate stay NULL until the event is attributed, which may happen later (its click may
 * not be ingested yet).
 */
export const conversions = affiliate.table(
  'conversions',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The app's advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The app that reported the event. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'restrict' }),
    /** The program credited; NULL until attributed. */
    programId: uuid().references(() => programs.id, { onDelete: 'restrict' }),
    /** The enrollment credited; NULL until attributed. */
    enrollmentId: uuid().references(() => enrollments.id, { onDelete: 'restrict' }),
    /** The affiliate credited; NULL until attributed. */
    affiliateId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    /** The affiliate's branded edition the event happened on (reported with its id or host); credited to its affiliate. */
    editionId: uuid().references(() => editions.id, { onDelete: 'restrict' }),
    /** The attributed click; no foreign key, as the conversion may arrive before its click is ingested. */
    clickId: uuid(),
    /** The referred customer the event belongs to, once known. */
    referredCustomerId: uuid().references(() => referredCustomers.id, { onDelete: 'restrict' }),
    /** The app's own customer id, as sent with the event. */
    externalCustomerId: text(),
    /**
     * The app's id for the event, the idempotency key within the app; for a click credit
     * `cpc:{enrollment_id}:{YYYY-MM-DD}:{clicks credited before it}`, so a rerun inserts nothing.
     */
    eventId: text().notNull(),
    /**
     * Which path reported it: api, postback (S2S `/postback`), stripe, paddle, lemon_squeezy or
     * billing_webhook (the generic signed webhook), or clicks (the CPC credit job).
     */
    source: text({ enum: ConversionSource }).notNull().default('api'),
    /**
     * lead, sale, rebill (a recurring payment), refund, cancel, or click: one credit of a CPC
     * enrollment's accepted unique clicks of the UTC day starting at occurred_at (how many in metadata.clicks).
     */
    eventType: text({ enum: RecordedEventType }).notNull(),
    /** The app's order id, for the duplicate-order check and refunds that name the order. */
    orderId: text(),
    /** Amount in minor units; never negative: a refund carries the refunded amount, its type gives the sign. */
    amountMinor: money().default(0),
    /** ISO 4217 currency of the amount; NULL when the event carries no amount (a lead usually does not). */
    currency: char({ length: 3 }),
    /**
     * pending (recorded; its commissions follow their hold), flagged (a fraud check fired; held for
     * review), approved (cleared by a reviewer), rejected (by a reviewer or a cap; earns nothing) or
     * reversed (undone by a refund or cancellation).
     */
    status: text({ enum: ConversionStatus }).notNull().default('pending'),
    /**
     * How the affiliate was found: click_id, coupon, customer (an already referred customer),
     * fingerprint, or clicks (a click credit: the enrollment's own clicks).
     */
    attributionMethod: text({ enum: AttributionMethod }),
    /** Why the conversion was rejected (a reviewer's reason or the cap reached). */
    rejectReason: text(),
    /**
     * Fraud checks that fired: self_referral, ip_velocity, fast_conversion, duplicate_order,
     * bot_click, datacenter_ip.
     */
    fraudFlags: text({ enum: FraudFlag }).array().notNull().default([]),
    /** The customer's IP, as reported by the app. */
    ip: inet(),
    /** The customer's user agent, as reported by the app. */
    userAgent: text(),
    /** Same hash as clicks.fingerprint, for the fingerprint attribution fallback. */
    fingerprint: text(),
    /** SHA-256 of the customer's lower-cased email, for the self-referral check; never the email. */
    customerEmailHash: text(),
    /** Coupon used at checkout, for coupon attribution. */
    couponCode: text(),
    /** For refunds, cancellations and rebills: the original sale. */
    parentConversionId: uuid().references((): AnyPgColumn => conversions.id, { onDelete: 'restrict' }),
    /** The staff member who approved or rejected it by hand. */
    reviewedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    /** When it was reviewed by hand. */
    reviewedAt: timestamptz(),
    /**
     * For a cancel: what it did. recurring_ended (the customer's later rebills earn nothing),
     * sale_voided (inside the program's void window: the sale's commission reversed too) or
     * not_found (no sale of that customer or order). NULL for other events.
     */
    cancelEffect: text({ enum: CancelEffect }),
    /** Free-form data the app sent with the event. */
    metadata: jsonb().$type<Record<string, unknown>>(),
    /** Every attribution step tried and its outcome, so "why this affiliate (or none)" has an answer. */
    attributionTrace: jsonb().$type<{ step: string; outcome: string; detail?: string }[]>().notNull().default([]),
    /** When the event happened, as reported by the app. */
    occurredAt: timestamptz().notNull(),
    /** When the platform received it. */
    receivedAt: timestamptz().notNull().defaultNow(),
    ...timestamps,
  },
  (t) => [
    // Leads with app_id, so it also serves as that foreign key's index.
    unique('conversions_app_id_event_id_unique').on(t.appId, t.eventId),
    // Duplicate-order fraud check and refunds that name the order.
    index('conversions_organization_id_order_id_idx').on(t.organizationId, t.orderId),
    index('conversions_organization_id_occurred_at_idx').on(t.organizationId, t.occurredAt),
    index('conversions_program_id_occurred_at_idx').on(t.programId, t.occurredAt),
    index('conversions_enrollment_id_occurred_at_idx').on(t.enrollmentId, t.occurredAt),
    index('conversions_affiliate_id_occurred_at_idx').on(t.affiliateId, t.occurredAt),
    index('conversions_click_id_idx').on(t.clickId),
    index('conversions_edition_id_idx').on(t.editionId).where(sql`${t.editionId} IS NOT NULL`),
    index('conversions_referred_customer_id_idx').on(t.referredCustomerId),
    // A customer's history (first sale for recurring windows, latest sale for a refund or cancel naming
    // the customer, sales waiting for the customer's referral): without it each such conversion
    // scanned all of the app's conversions.
    index('conversions_app_id_external_customer_id_idx')
      .on(t.appId, t.externalCustomerId, t.occurredAt)
      .where(sql`${t.externalCustomerId} IS NOT NULL`),
    index('conversions_parent_conversion_id_idx').on(t.parentConversionId),
    index('conversions_reviewed_by_id_idx').on(t.reviewedById),
    // Conversions-per-IP-per-hour fraud check.
    index('conversions_ip_occurred_at_idx').on(t.ip, t.occurredAt),
    // The retry sweep for events still waiting for attribution.
    index('conversions_unattributed_idx').on(t.receivedAt).where(sql`${t.enrollmentId} IS NULL`),
    checkIn('conversions_event_type_check', t.eventType, RecordedEventType),
    // Only the credit job writes click credits, and it writes nothing else.
    check('conversions_click_credit_check', sql`(${t.eventType} = 'click') = (${t.source} = 'clicks')`),
    checkIn('conversions_source_check', t.source, ConversionSource),
    checkIn('conversions_status_check', t.status, ConversionStatus),
    checkIn('conversions_cancel_effect_check', t.cancelEffect, CancelEffect),
    checkIn('conversions_attribution_method_check', t.attributionMethod, AttributionMethod),
    checkAllIn('conversions_fraud_flags_check', t.fraudFlags, FraudFlag),
    check('conversions_amount_minor_check', sql`${t.amountMinor} >= 0`),
    check(
      'conversions_attribution_check',
      sql`num_nonnulls(${t.enrollmentId}, ${t.affiliateId}, ${t.attributionMethod}) IN (0, 3) AND (${t.enrollmentId} IS NULL OR ${t.programId} IS NOT NULL)`,
    ),
  ],
);

export type Conversion = typeof conversions.$inferSelect;
export type NewConversion = typeof conversions.$inferInsert;
