import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  char,
  check,
  index,
  integer,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { InvoiceKind } from './enums';
import { organizations } from './organizations';
import { payoutItems } from './payouts';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkIn } from './util/checks';
import { currency, id, money, timestamps, timestamptz } from './util/columns';

/**
 * The last self-billing invoice number an advertiser issued. Bumped in the transaction that pays the
 * item, under the row's lock, so numbers have no gaps and no repeats whatever runs at once.
 */
export const invoiceCounters = affiliate.table('invoice_counters', {
  /** The advertiser (the customer who issues the invoices on the affiliate's behalf). */
  organizationId: uuid()
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  /** The last number used; the next invoice gets this plus one. */
  lastNumber: integer().notNull().default(0),
  ...timestamps,
});

/**
 * A self-billing invoice for one payout item to a VAT-registered affiliate: both parties' details as
 * they were when the item was paid, so the PDF rendered from this row never changes. When the payment
 * is taken back after it was invoiced (PayPal reverses or refunds it, Stripe reverses the transfer in
 * full), a credit note cancels the invoice: a row of its own kind, numbered in the same series (so the
 * advertiser's documents still run without gaps), with the same parties and amount, naming the invoice.
 */
export const selfBillingInvoices = affiliate.table(
  'self_billing_invoices',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The advertiser (customer, issuer under the self-billing agreement). */
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: 'restrict' }),
    /** Sequential number within the advertiser, from 1, without gaps (invoices and credit notes alike). */
    number: integer().notNull(),
    /** invoice, or credit_note (cancels the invoice `creditsInvoiceId` names). */
    kind: text({ enum: InvoiceKind }).notNull().default('invoice'),
    /** For a credit note: the invoice it cancels; one credit note per invoice. */
    creditsInvoiceId: uuid().references((): AnyPgColumn => selfBillingInvoices.id, { onDelete: 'restrict' }),
    /** For a credit note: why the payment was taken back, as printed. */
    creditReason: text(),
    /** The payout item it invoices (or whose invoice it cancels); one invoice per item. */
    payoutItemId: uuid()
      .notNull()
      .references(() => payoutItems.id, { onDelete: 'restrict' }),
    /** The affiliate (supplier). */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The amount paid, in minor units (VAT-exclusive: reverse charge or outside scope). */
    amountMinor: money(),
    /** ISO 4217 currency. */
    currency: currency(),
    /** When the item was paid and the invoice issued. */
    issuedAt: timestamptz().notNull(),
    /** Supplier's name, as printed. */
    supplierName: text().notNull(),
    /** Supplier's address, as printed. */
    supplierAddress: text().notNull(),
    /** VIES country code of the supplier's VAT id. */
    supplierVatCountry: char({ length: 2 }).notNull(),
    /** The supplier's VAT number, encrypted by the app. */
    supplierVatEncrypted: text().notNull(),
    /** Customer's name, as printed. */
    customerName: text().notNull(),
    /** Customer's address, as printed. */
    customerAddress: text().notNull(),
    /** Customer's ISO 3166 country (decides the reverse-charge note). */
    customerCountry: char({ length: 2 }),
    /** Customer's VAT id with its country prefix, as printed. */
    customerVatId: text(),
    /** Whether the reverse-charge note is printed (supplier and customer in different EU states). */
    reverseCharge: boolean().notNull(),
    ...timestamps,
  },
  (t) => [
    unique('self_billing_invoices_org_number_unique').on(t.organizationId, t.number),
    uniqueIndex('self_billing_invoices_payout_item_id_unique').on(t.payoutItemId).where(sql`${t.kind} = 'invoice'`),
    unique('self_billing_invoices_credits_invoice_id_unique').on(t.creditsInvoiceId),
    check(
      'self_billing_invoices_credit_note_check',
      sql`(${t.kind} = 'credit_note') = (${t.creditsInvoiceId} IS NOT NULL)`,
    ),
    checkIn('self_billing_invoices_kind_check', t.kind, InvoiceKind),
    index('self_billing_invoices_affiliate_id_idx').on(t.affiliateId),
    check('self_billing_invoices_number_check', sql`${t.number} > 0`),
  ],
);

export type SelfBillingInvoice = typeof selfBillingInvoices.$inferSelect;
