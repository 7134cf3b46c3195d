import { index, text, unique, uuid } from 'drizzle-orm/pg-core';
import { apps } from './apps';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { createdAt, id } from './util/columns';

/**
 * Which Stripe payment paid which invoice, learned from the events that tell it (an invoice's
 * payment intent or `payments` list, `invoice_payment.paid`, a checkout session, an older API
 * version's refunded charge). A refund names its payment; this row leads it to the invoice's sale.
 */
export const stripeInvoicePayments = affiliate.table(
  'stripe_invoice_payments',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The app's advertiser. */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The app whose Stripe endpoint reported the link; it goes with the app. */
    appId: uuid()
      .notNull()
      .references(() => apps.id, { onDelete: 'cascade' }),
    /** The Stripe invoice (in_…), or a checkout session's order id when it has no invoice. */
    invoiceId: text().notNull(),
    /** The payment: its payment intent (pi_…), or the charge (ch_…) of a payment without one. */
    paymentId: text().notNull(),
    /** The Stripe event that told us, for tracing. */
    stripeEventId: text().notNull(),
    /** When the link was learned. */
    createdAt: createdAt(),
  },
  (t) => [
    // Leads with app_id, so it also serves as that foreign key's index; a refund looks up by payment.
    unique('stripe_invoice_payments_app_id_payment_id_invoice_id_unique').on(t.appId, t.paymentId, t.invoiceId),
    index('stripe_invoice_payments_app_id_invoice_id_idx').on(t.appId, t.invoiceId),
    index('stripe_invoice_payments_organization_id_idx').on(t.organizationId),
  ],
);

export type StripeInvoicePayment = typeof stripeInvoicePayments.$inferSelect;
