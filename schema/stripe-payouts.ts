import { boolean, index, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { PayoutRail } from './enums';
import { organizations } from './organizations';
import { affiliate, logs } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { createdAt, id, timestamps, timestamptz } from './util/columns';

/**
 * An advertiser's own Stripe account for payouts (the Connect platform its affiliates' Express
 * accounts belong to). One per organization; without it the deployment's STRIPE_PAYOUTS_SECRET_KEY
 * pays. Both secrets are encrypted by the app, since every call and every webhook needs them in clear.
 */
export const orgStripeAccounts = affiliate.table(
  'org_stripe_accounts',
  {
    /** The advertiser; one account each. */
    organizationId: uuid()
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Stripe's id of the platform account the key belongs to (acct_…), as GET /v1/account answered. */
    stripeAccountId: text().notNull(),
    /** false for sk_test_ keys: the dashboard says test mode. */
    livemode: boolean().notNull(),
    /** The last four characters of the secret key, to tell keys apart; the key itself is never shown again. */
    secretKeyLast4: text().notNull(),
    /** The secret key (sk_…), encrypted by the app (workers/services/encryption.ts). */
    secretKeyEncrypted: text().notNull(),
    /** The Connect webhook endpoint's signing secret (whsec_…), encrypted; NULL: results come by polling only. */
    webhookSecretEncrypted: text(),
    /** When Stripe last accepted the key. */
    verifiedAt: timestamptz().notNull(),
    /** Who connected or last replaced it. */
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('org_stripe_accounts_updated_by_id_idx').on(t.updatedById)],
);

/**
 * How one affiliate is paid by one advertiser: the chosen rail, the country that decides which
 * rails they may choose, and their Stripe Express account with its onboarding state as the last
 * `account.updated` (or a refresh on return from Stripe) reported it.
 */
export const payoutMethods = affiliate.table(
  'payout_methods',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The affiliate paid. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The paying advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** ISO 3166-1 alpha-2 country the affiliate is paid in (decides the rails offered). */
    country: text().notNull(),
    /** The rail new payout items use. */
    rail: text({ enum: PayoutRail }).notNull(),
    /**
     * What the affiliate set up on a rail that pays neither an email nor a Stripe account (a recipient id, a
     * gift-card email): the rail's destinations step reads it. NULL on PayPal and Stripe.
     */
    destinationRef: text(),
    /** The Express account (acct_…) created on the advertiser's Stripe platform; NULL until Stripe is chosen. */
    stripeAccountId: text(),
    /** Stripe's details_submitted: the affiliate finished the hosted onboarding form. */
    stripeDetailsSubmitted: boolean().notNull().default(false),
    /** Stripe's payouts_enabled: transfers to the account can be paid out to its bank or card. */
    stripePayoutsEnabled: boolean().notNull().default(false),
    /** Stripe's requirements.currently_due: what the affiliate still has to provide. */
    stripeRequirementsDue: jsonb().$type<string[]>().notNull().default([]),
    /** The connected account's last payout to its bank or card: paid or failed (payout.paid / payout.failed). */
    stripeLastPayoutStatus: text(),
    /** Stripe's failure_code of that payout when it failed (e.g. account_closed). */
    stripeLastPayoutFailure: text(),
    /** When the Stripe state was last written from Stripe. */
    stripeCheckedAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    unique('payout_methods_affiliate_id_organization_id_unique').on(t.affiliateId, t.organizationId),
    unique('payout_methods_stripe_account_id_unique').on(t.stripeAccountId),
    index('payout_methods_organization_id_idx').on(t.organizationId),
    checkIn('payout_methods_rail_check', t.rail, PayoutRail),
  ],
);

/**
 * Every verified Stripe Connect webhook delivery to an organization's payout endpoint. Stripe
 * redelivers until it gets a 2xx, so the event id is unique per organization: a redelivered event
 * is not applied twice, and one seen at another organization's endpoint does not block this one's.
 */
export const stripePayoutEvents = logs.table(
  'stripe_payout_events',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** Stripe's event id (evt_…). */
    eventId: text().notNull(),
    /** The organization whose endpoint received it. */
    organizationId: uuid().notNull(),
    /** Stripe's event type, e.g. transfer.reversed. */
    eventType: text().notNull(),
    /** The connected account a Connect event is about (the event's `account`). */
    account: text(),
    /** The event as received. */
    payload: jsonb().notNull(),
    /** When it was applied. */
    processedAt: timestamptz(),
    /** Why it could not be applied; NULL when it was. */
    error: text(),
    /** When the delivery arrived. */
    receivedAt: createdAt(),
  },
  (t) => [
    unique('stripe_payout_events_organization_id_event_id_unique').on(t.organizationId, t.eventId),
    index('stripe_payout_events_received_at_idx').on(t.receivedAt),
  ],
);

export type OrgStripeAccount = typeof orgStripeAccounts.$inferSelect;
export type PayoutMethod = typeof payoutMethods.$inferSelect;
