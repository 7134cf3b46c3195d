import { integer, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { SourceProvider } from './enums';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { timestamps, timestamptz } from './util/columns';

/**
 * An app's webhook endpoint for a conversion source other than Stripe (Paddle Billing, Lemon Squeezy,
 * or our generic signed shape; workers/services/conversion-sources/), one row per app and provider:
 * the signing secret, sealed because verifying an HMAC needs the secret itself, and what the latest
 * verified delivery was, so the settings page can say whether events arrive.
 */
export const billingWebhooks = affiliate.table(
  'billing_webhooks',
  {
    /** The app whose endpoint this is; the row goes with the app. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    /** paddle, lemon_squeezy or generic. */
    provider: text({ enum: SourceProvider }).notNull(),
    /** The provider's signing secret, encrypted with the data key (services/encryption.ts). */
    secretEncrypted: text().notNull(),
    /** When the latest verified event arrived; null before the first. */
    lastEventAt: timestamptz(),
    /** The provider's name of that event (transaction.completed, order_created, sale…). */
    lastEventType: text(),
    /** How many verified events arrived since the secret was set. */
    eventsReceived: integer().notNull().default(0),
    ...timestamps,
  },
  (t) => [
    primaryKey({ name: 'billing_webhooks_pkey', columns: [t.appId, t.provider] }),
    checkIn('billing_webhooks_provider_check', t.provider, SourceProvider),
  ],
);

export type BillingWebhook = typeof billingWebhooks.$inferSelect;
