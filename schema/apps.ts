import { index, text, uuid } from 'drizzle-orm/pg-core';
import { AppStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { id, timestamps } from './util/columns';

/** An advertiser's product, e.g. one SaaS app. Conversions arrive per app, with its API key. */
export const apps = affiliate.table(
  'apps',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The owning advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** Display name. */
    name: text().notNull(),
    /** The product's website. */
    siteUrl: text().notNull(),
    /** Hostnames where `/aff/{code}` may be appended; redirects never leave them. */
    allowedDomains: text().array().notNull().default([]),
    /**
     * Origins (scheme, host and port) whose pages may frame this app's embedded referral dashboard
     * (`frame-ancestors`); empty: no page may, so the embed is off until the advertiser names its app's origins.
     */
    embedOrigins: text().array().notNull().default([]),
    /** active; disabled (its API keys are refused); archived (retired instead of deleted, keys refused too). */
    status: text({ enum: AppStatus }).notNull().default('active'),
    /**
     * Stripe's webhook signing secret (whsec_…) for this app, encrypted by the app: verifying an
     * HMAC needs the secret itself. NULL: Stripe webhooks are off for this app.
     */
    stripeWebhookSecretEncrypted: text(),
    /**
     * A restricted Stripe API key (rk_…, coupons and promotion codes: write) of the app's Stripe account,
     * encrypted like the webhook secret: the platform makes the referred customers' coupons and the
     * affiliates' promotion codes with it. NULL: discounts are not synced to Stripe for this app.
     */
    stripeRestrictedKeyEncrypted: text(),
    ...timestamps,
  },
  (t) => [index('apps_organization_id_idx').on(t.organizationId), checkIn('apps_status_check', t.status, AppStatus)],
);

export type App = typeof apps.$inferSelect;
