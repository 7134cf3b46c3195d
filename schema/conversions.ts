import { sql } from 'drizzle-orm';
import { type AnyPgColumn, char, check, index, inet, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { enrollments } from './enrollments';
import { AttributionMethod, ConversionEventType, ConversionSource, ConversionStatus, FraudFlag } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { programs } from './programs';
import { referredCustomers } from './referred-customers';
import { users } from './users';
import { checkAllIn, checkIn } from './util/checks';
import { id, money, timestamps, timestamptz } from './util/columns';

// One inbound event from a partner app. Idempotent on (app_id, event_id): the same event sent
// twice, or concurrently, is one row. Program, enrollment and affiliate stay NULL until the
// event is attributed, which may happen later (its click may not be ingested yet).
export const conversions = affiliate.table(
  'conversions',
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'restrict' }),
    programId: uuid().references(() => programs.id, { onDelete: 'restrict' }),
    enrollmentId: uuid().references(() => enrollments.id, { onDelete: 'restrict' }),
    affiliateId: uuid().references(() => users.id, { onDelete: 'restrict' }),
    // No foreign key: the conversion may arrive before its click is ingested (see clicks.ts).
    clickId: uuid(),
    referredCustomerId: uuid().references(() => referredCustomers.id, { onDelete: 'restrict' }),
    externalCustomerId: text(),
    eventId: text().notNull(),
    source: text({ enum: ConversionSource }).notNull().default('api'),
    eventType: text({ enum: ConversionEventType }).notNull(),
    orderId: text(),
    // Never negative: a refund carries the refunded amount, its event type gives the sign.
    amountMinor: money().default(0),
    // NULL when the event carries no amount (a lead usually does not).
    currency: char({ length: 3 }),
    status: text({ enum: ConversionStatus }).notNull().default('pending'),
    attributionMethod: text({ enum: AttributionMethod }),
    rejectReason: text(),
    fraudFlags: text({ enum: FraudFlag }).array().notNull().default([]),
    ip: inet(),
    userAgent: text(),
    fingerprint: text(),
    // SHA-256 of the customer's lower-cased email, for the self-referral check; never the email.
    customerEmailHash: text(),
    couponCode: text(),
    // For refunds, cancellations and rebills: the original sale.
    parentConversionId: uuid().references((): AnyPgColumn => conversions.id, { onDelete: 'restrict' }),
    reviewedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamptz(),
    metadata: jsonb().$type<Record<string, unknown>>(),
    // Every attribution step tried and its outcome, so "why this affiliate (or none)" has an answer.
    attributionTrace: jsonb().$type<{ step: string; outcome: string; detail?: string }[]>().notNull().default([]),
    occurredAt: timestamptz().notNull(),
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
    index('conversions_referred_customer_id_idx').on(t.referredCustomerId),
    index('conversions_parent_conversion_id_idx').on(t.parentConversionId),
    index('conversions_reviewed_by_id_idx').on(t.reviewedById),
    // Conversions-per-IP-per-hour fraud check.
    index('conversions_ip_occurred_at_idx').on(t.ip, t.occurredAt),
    // The retry sweep for events still waiting for attribution.
    index('conversions_unattributed_idx').on(t.receivedAt).where(sql`${t.enrollmentId} IS NULL`),
    checkIn('conversions_event_type_check', t.eventType, ConversionEventType),
    checkIn('conversions_source_check', t.source, ConversionSource),
    checkIn('conversions_status_check', t.status, ConversionStatus),
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
