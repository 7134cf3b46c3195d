import { primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { affiliate } from './pg-schemas';
import { timestamptz } from './util/columns';

/**
 * The Stripe event types an app's endpoint has delivered (verified), one row per type: the app's
 * integration status names the required types that never arrived, such as `invoice_payment.paid`
 * without which refunds of invoice payments cannot find their sale on API versions from 2025-03-31.
 */
export const stripeEventTypes = affiliate.table(
  'stripe_event_types',
  {
    /** The app whose endpoint received the events; the rows go with the app. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    /** Stripe's event type, e.g. invoice_payment.paid. */
    eventType: text().notNull(),
    /** When the first event of this type arrived. */
    firstSeenAt: timestamptz().notNull().defaultNow(),
    /** When the latest one arrived. */
    lastSeenAt: timestamptz().notNull().defaultNow(),
    /** The API version the latest one was rendered in (`api_version`, e.g. 2025-03-31.basil); null if absent. */
    apiVersion: text(),
  },
  (t) => [primaryKey({ name: 'stripe_event_types_pkey', columns: [t.appId, t.eventType] })],
);

export type StripeEventType = typeof stripeEventTypes.$inferSelect;
