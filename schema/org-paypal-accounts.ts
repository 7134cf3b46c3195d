import { index, text, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { timestamps, timestamptz } from './util/columns';

/** PayPal's two worlds: each has its own REST apps, credentials, webhooks and base URL. */
export const PaypalMode = ['sandbox', 'live'] as const;
export type PaypalMode = (typeof PaypalMode)[number];

/**
 * An advertiser's own PayPal REST app: its payout batches leave from this account instead of the
 * deployment's (PAYPAL_CLIENT_ID/SECRET). One per organization. The secret is encrypted by the app,
 * since every token request needs it in clear.
 */
export const orgPaypalAccounts = affiliate.table(
  'org_paypal_accounts',
  {
    /** The advertiser; one account each. */
    organizationId: uuid()
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** sandbox or live: which PayPal base URL the credentials belong to. */
    mode: text({ enum: PaypalMode }).notNull(),
    /** The REST app's client id (not a secret; shown back to the organization). */
    clientId: text().notNull(),
    /** The REST app's secret, encrypted by the app (workers/services/encryption.ts). */
    clientSecretEncrypted: text().notNull(),
    /** The id PayPal gives the webhook pointing at this organization's webhook URL; NULL: results come by polling only. */
    webhookId: text(),
    /** When PayPal last accepted the credentials (a token was issued). */
    verifiedAt: timestamptz().notNull(),
    /** Who connected or last replaced them. */
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('org_paypal_accounts_updated_by_id_idx').on(t.updatedById),
    checkIn('org_paypal_accounts_mode_check', t.mode, PaypalMode),
  ],
);

export type OrgPaypalAccount = typeof orgPaypalAccounts.$inferSelect;
