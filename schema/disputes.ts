import { char, index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { conversions } from './conversions';
import { DisputeStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { checkIn } from './util/checks';
import { id, money, timestamps, timestamptz } from './util/columns';

/**
 * A payment dispute (a Stripe chargeback) of a sale. While it is open the sale's unpaid commission
 * lines are `disputed` (held out of payouts); lost reverses them through a refund conversion, won
 * gives them back. One row per (app, dispute): repeated or out-of-order events update it, and a
 * closed dispute never reopens.
 */
export const disputes = affiliate.table(
  'disputes',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The app's advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** The app whose payment is disputed. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'restrict' }),
    /** The payment provider's dispute id (Stripe `dp_…`); unique per app. */
    externalDisputeId: text().notNull(),
    /** The disputed payment as the sale names it (Stripe: payment intent, else charge id). */
    orderId: text(),
    /** The sale or rebill whose commissions the dispute holds; NULL when no sale matched. */
    conversionId: uuid().references(() => conversions.id, { onDelete: 'restrict' }),
    /** open (lines held), won (lines given back) or lost (reversed like a refund of `amount_minor`). */
    status: text({ enum: DisputeStatus }).notNull().default('open'),
    /** The disputed amount in minor units. */
    amountMinor: money(),
    /** ISO 4217 currency of the amount. */
    currency: char({ length: 3 }).notNull(),
    /** On a lost dispute: the refund conversion that reversed the commissions. */
    refundConversionId: uuid().references(() => conversions.id, { onDelete: 'restrict' }),
    /** When the dispute closed (won or lost); NULL while open. */
    closedAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    // Leads with app_id, so it also serves as that foreign key's index.
    unique('disputes_app_id_external_dispute_id_unique').on(t.appId, t.externalDisputeId),
    index('disputes_organization_id_idx').on(t.organizationId),
    index('disputes_conversion_id_idx').on(t.conversionId),
    index('disputes_refund_conversion_id_idx').on(t.refundConversionId),
    checkIn('disputes_status_check', t.status, DisputeStatus),
  ],
);

export type Dispute = typeof disputes.$inferSelect;
