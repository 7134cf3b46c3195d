import { index, text, uuid } from 'drizzle-orm/pg-core';
import { AppStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { id, timestamps } from './util/columns';

// An advertiser's product (a SaaS app). Conversions arrive per app, with its API key.
export const apps = affiliate.table(
  'apps',
  {
    id: id(),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    siteUrl: text().notNull(),
    // Hostnames where `/aff/{code}` may be appended; redirects never leave them.
    allowedDomains: text().array().notNull().default([]),
    status: text({ enum: AppStatus }).notNull().default('active'),
    // Stripe's webhook signing secret (whsec_…) for this app, encrypted by the app: verifying an
    // HMAC needs the secret itself. NULL: Stripe webhooks are off for this app.
    stripeWebhookSecretEncrypted: text(),
    ...timestamps,
  },
  (t) => [index('apps_organization_id_idx').on(t.organizationId), checkIn('apps_status_check', t.status, AppStatus)],
);

export type App = typeof apps.$inferSelect;
