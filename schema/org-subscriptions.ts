import { bigint, boolean, index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { BillingPeriod, OrgSubscriptionStatus } from './enums';
import { organizations } from './organizations';
import { affiliate, logs } from './pg-schemas';
import { plans } from './plans';
import { checkIn } from './util/checks';
import { createdAt, id, timestamps, timestamptz } from './util/columns';

/**
 * An organization's Stripe Billing subscription to a plan, as last read from Stripe. One row per
 * organization, created with its Stripe customer at its first checkout; webhooks keep it current.
 */
export const orgSubscriptions = affiliate.table(
  'org_subscriptions',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The subscribing organization; one row each. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Stripe customer (cus_…), created at the first checkout. */
    stripeCustomerId: text().notNull(),
    /** Stripe subscription (sub_…); NULL until a checkout completes. */
    stripeSubscriptionId: text(),
    /** The plan the subscription pays for (from its metadata); NULL before the first checkout completes. */
    planId: uuid().references(() => plans.id, { onDelete: 'restrict' }),
    /** monthly or yearly, from the subscription price's interval. */
    billingPeriod: text({ enum: BillingPeriod }),
    /** none (no subscription yet), active, past_due, canceled. */
    status: text({ enum: OrgSubscriptionStatus }).notNull().default('none'),
    /** Stripe's cancel_at_period_end: the subscription ends at current_period_end. */
    cancelAtPeriodEnd: boolean().notNull().default(false),
    /** End of the paid period: the next renewal, or when a cancelled subscription stops. */
    currentPeriodEnd: timestamptz(),
    /** Set when a payment fails: the paid plan is kept until then, then the cron downgrades. */
    graceUntil: timestamptz(),
    /** When the cron downgraded the organization for an unpaid subscription; cleared by a payment. */
    downgradedAt: timestamptz(),
    /** Stripe `created` (seconds) of the newest event applied, for tracing and ordering checks. */
    lastEventCreated: bigint({ mode: 'number' }),
    ...timestamps,
  },
  (t) => [
    unique('org_subscriptions_organization_id_unique').on(t.organizationId),
    unique('org_subscriptions_stripe_customer_id_unique').on(t.stripeCustomerId),
    index('org_subscriptions_plan_id_idx').on(t.planId),
    index('org_subscriptions_grace_until_idx').on(t.graceUntil),
    checkIn('org_subscriptions_status_check', t.status, OrgSubscriptionStatus),
    checkIn('org_subscriptions_billing_period_check', t.billingPeriod, BillingPeriod),
  ],
);

export type OrgSubscription = typeof orgSubscriptions.$inferSelect;

/**
 * Every Stripe Billing event applied, by Stripe's event id: Stripe delivers at least once, so a
 * redelivered event finds its row and changes nothing.
 */
export const billingEvents = logs.table(
  'billing_events',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** Stripe's event id (evt_…). */
    eventId: text().notNull(),
    /** Stripe's event type, e.g. invoice.payment_failed. */
    eventType: text().notNull(),
    /** The organization the event was about; NULL when it named no customer of ours. */
    organizationId: uuid(),
    /** When the event was applied. */
    receivedAt: createdAt(),
  },
  (t) => [
    unique('billing_events_event_id_unique').on(t.eventId),
    index('billing_events_organization_id_idx').on(t.organizationId),
  ],
);
