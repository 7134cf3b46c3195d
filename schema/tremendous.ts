import { boolean, index, jsonb, text, unique, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';
import { payoutItems } from './payouts';
import { affiliate, logs } from './pg-schemas';
import { users } from './users';
import { createdAt, id, timestamps, timestamptz } from './util/columns';

/**
 * An advertiser's own Tremendous account for gift-card payouts. One per organization; without it the
 * deployment's TREMENDOUS_API_KEY pays. Both secrets are encrypted by the app (workers/services/encryption.ts),
 * since every call and every webhook needs them in clear.
 */
export const orgTremendousAccounts = affiliate.table(
  'org_tremendous_accounts',
  {
    /** The advertiser; one account each. */
    organizationId: uuid()
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The API key, encrypted. */
    apiKeyEncrypted: text().notNull(),
    /** The last four characters of the key, to tell keys apart. */
    apiKeyLast4: text().notNull(),
    /** The webhook's private key Tremendous signs deliveries with, encrypted; NULL: results come by polling only. */
    webhookKeyEncrypted: text(),
    /** The funding source orders are paid from (Tremendous's id, or `balance`). */
    fundingSourceId: text().notNull(),
    /** Whether an affiliate who chose gift cards is paid below the cash minimum (the platform's floor still applies). */
    allowBelowMinimum: boolean().notNull().default(false),
    /** Who connected or last replaced it. */
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('org_tremendous_accounts_updated_by_id_idx').on(t.updatedById)],
);

/**
 * The Tremendous order of one payout item. The order's external_id is the item id, so Tremendous
 * answers a repeated create with the first order; this row records it once we know it.
 */
export const tremendousOrders = affiliate.table(
  'tremendous_orders',
  {
    /** The item paid; one order each. */
    payoutItemId: uuid()
      .primaryKey()
      .references(() => payoutItems.id, { onDelete: 'restrict' }),
    /** Tremendous's order id. */
    orderId: text().notNull(),
    /** Tremendous's reward id (one reward per order). */
    rewardId: text(),
    /** The order's status as last read: CART, EXECUTED, FAILED, CANCELED, PENDING APPROVAL… */
    orderStatus: text().notNull(),
    /** The reward's delivery status as last read or received: SCHEDULED, PENDING, SUCCEEDED, FAILED. */
    deliveryStatus: text(),
    ...timestamps,
  },
  (t) => [
    unique('tremendous_orders_order_id_unique').on(t.orderId),
    index('tremendous_orders_reward_id_idx').on(t.rewardId),
  ],
);

/** Every verified Tremendous webhook delivery to an organization's endpoint, stored once by its uuid. */
export const tremendousEvents = logs.table(
  'tremendous_events',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** Tremendous's event uuid. */
    eventId: text().notNull(),
    /** The organization whose endpoint received it. */
    organizationId: uuid().notNull(),
    /** The event name, e.g. REWARDS.DELIVERY.SUCCEEDED. */
    eventType: text().notNull(),
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
    unique('tremendous_events_organization_id_event_id_unique').on(t.organizationId, t.eventId),
    index('tremendous_events_received_at_idx').on(t.receivedAt),
  ],
);

export type OrgTremendousAccount = typeof orgTremendousAccounts.$inferSelect;
