import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, text, uuid } from 'drizzle-orm/pg-core';
import { NotificationEvent } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkAllIn } from './util/checks';
import { id, timestamps, timestamptz } from './util/columns';

/**
 * A signed outbound webhook (Standard Webhooks), owned by exactly one advertiser organization or
 * one affiliate user. The signing secret is stored encrypted by the app: signing needs the secret
 * itself, so it cannot be hashed. After a rotation the previous secret keeps signing until it expires.
 */
export const webhookEndpoints = affiliate.table(
  'webhook_endpoints',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser notified; NULL for an affiliate's endpoint. */
    organizationId: uuid().references(() => organizations.id, { onDelete: 'cascade' }),
    /** The affiliate notified; NULL for an advertiser's endpoint. */
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    /** Where events are POSTed. */
    url: text().notNull(),
    /** The owner's note about what the endpoint is for. */
    description: text().notNull().default(''),
    /** Signing secret (`whsec_…`), encrypted by the app. */
    secretEncrypted: text().notNull(),
    /** The secret before the last rotation, encrypted; it still signs until previousSecretExpiresAt. */
    previousSecretEncrypted: text(),
    /** End of the rotation overlap. */
    previousSecretExpiresAt: timestamptz(),
    /** Notification events sent to this endpoint. */
    events: text({ enum: NotificationEvent }).array().notNull().default([]),
    /** Whether deliveries are made. */
    active: boolean().notNull().default(true),
    /** Deliveries in a row that failed for good; reset by a success or a re-enable. */
    consecutiveFailures: integer().notNull().default(0),
    /** When the platform turned the endpoint off after repeated failures (NULL: not auto-disabled). */
    disabledAt: timestamptz(),
    /** Why the platform turned it off. */
    disabledReason: text(),
    ...timestamps,
  },
  (t) => [
    index('webhook_endpoints_organization_id_idx').on(t.organizationId),
    index('webhook_endpoints_user_id_idx').on(t.userId),
    checkAllIn('webhook_endpoints_events_check', t.events, NotificationEvent),
    check('webhook_endpoints_one_owner_check', sql`num_nonnulls(${t.organizationId}, ${t.userId}) = 1`),
  ],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
