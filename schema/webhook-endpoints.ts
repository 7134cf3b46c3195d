import { boolean, index, text, uuid } from 'drizzle-orm/pg-core';
import { NotificationEvent } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { checkAllIn } from './util/checks';
import { id, timestamps } from './util/columns';

/**
 * An advertiser's webhook, the `webhook` notification channel for organizations (affiliates
 * use their postback URL instead). The signing secret is stored encrypted by the app: signing
 * needs the secret itself, so it cannot be hashed.
 */
export const webhookEndpoints = affiliate.table(
  'webhook_endpoints',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser notified. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Where events are POSTed. */
    url: text().notNull(),
    /** Signing secret, encrypted by the app. */
    secretEncrypted: text().notNull(),
    /** Notification events sent to this endpoint. */
    events: text({ enum: NotificationEvent }).array().notNull().default([]),
    /** Whether deliveries are made. */
    active: boolean().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    index('webhook_endpoints_organization_id_idx').on(t.organizationId),
    checkAllIn('webhook_endpoints_events_check', t.events, NotificationEvent),
  ],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
