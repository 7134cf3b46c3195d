import { index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { enrollments } from './enrollments';
import { AttributionMethod } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { id, timestamps, timestamptz } from './util/columns';

/**
 * A partner app's customer, bound to the affiliate who referred them at the first attributed
 * conversion. Rebills, refunds and cancellations of that customer follow this row.
 */
export const referredCustomers = affiliate.table(
  'referred_customers',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The app's advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The app the customer belongs to. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'restrict' }),
    /** The app's own customer id (e.g. a Stripe customer id); unique per app. */
    externalCustomerId: text().notNull(),
    /** The referring affiliate's enrollment. */
    enrollmentId: uuid()
      .notNull()
      .references(() => enrollments.id, { onDelete: 'restrict' }),
    /** The referring affiliate, who earns on this customer's later events. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The click that brought the customer; no foreign key, as for every click id. */
    firstClickId: uuid(),
    /** When the customer was bound to the affiliate. */
    attributedAt: timestamptz().notNull(),
    /** How the first conversion was attributed: click_id, coupon, customer or fingerprint. */
    attributionMethod: text({ enum: AttributionMethod }).notNull(),
    /** The coupon that attributed the customer, if any. */
    couponCode: text(),
    /**
     * When the customer cancelled (the cancel event's time): rebills after it earn no recurring
     * commission. A later sale (a new subscription) clears it. NULL: subscribed.
     */
    cancelledAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    // Leads with app_id, so it also serves as that foreign key's index.
    unique('referred_customers_app_id_external_customer_id_unique').on(t.appId, t.externalCustomerId),
    // The customers list pages an advertiser's customers newest first by id; leads with organization_id, so it
    // also serves as that foreign key's index.
    index('referred_customers_organization_id_id_idx').on(t.organizationId, t.id),
    index('referred_customers_enrollment_id_idx').on(t.enrollmentId),
    // The same for one affiliate's customers within an advertiser; also the affiliate_id foreign key's index.
    index('referred_customers_affiliate_id_organization_id_id_idx').on(t.affiliateId, t.organizationId, t.id),
    checkIn('referred_customers_attribution_method_check', t.attributionMethod, AttributionMethod),
  ],
);

export type ReferredCustomer = typeof referredCustomers.$inferSelect;
