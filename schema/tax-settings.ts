import { sql } from 'drizzle-orm';
import { bigint, boolean, char, check, index, integer, text, uuid } from 'drizzle-orm/pg-core';
import { PayoutRail, TaxFormRequirement } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkAllIn, checkIn } from './util/checks';
import { money, timestamps } from './util/columns';

/**
 * An advertiser's tax settings: when it asks for forms before paying, whether it accepts one form an
 * affiliate gave for all advertisers, which rails its 1099-NEC leaves out, and its own details as payer
 * (1099) and as the customer on self-billing invoices. No row: forms are never required.
 */
export const organizationTaxSettings = affiliate.table(
  'organization_tax_settings',
  {
    /** The advertiser. */
    organizationId: uuid()
      .primaryKey()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** always, above_amount (paid in the calendar year, this payout included) or never. */
    formRequirement: text({ enum: TaxFormRequirement }).notNull().default('never'),
    /** For above_amount: the yearly amount in minor units of thresholdCurrency. */
    thresholdMinor: bigint({ mode: 'number' }),
    /** ISO 4217 currency of thresholdMinor. */
    thresholdCurrency: char({ length: 3 }),
    /** Whether a form the affiliate gave once for all advertisers counts here. */
    acceptsSharedForms: boolean().notNull().default(true),
    /** Rails whose payments a settlement entity reports on a 1099-K, left out of the 1099-NEC. */
    form1099ExcludedRails: text().array().notNull().default(sql`'{}'::text[]`),
    /** Legal name of the payer (1099) and customer (invoices). */
    legalName: text().notNull().default(''),
    /** Street address, as printed. */
    addressLine: text().notNull().default(''),
    /** City, as printed. */
    city: text().notNull().default(''),
    /** State or region, as printed. */
    region: text().notNull().default(''),
    /** ZIP or postal code, as printed. */
    postalCode: text().notNull().default(''),
    /** ISO 3166 country. */
    country: char({ length: 2 }),
    /** The payer's EIN, encrypted by the app (printed on 1099s). */
    payerTinEncrypted: text(),
    /** Its last four digits, for display. */
    payerTinLast4: char({ length: 4 }),
    /** The advertiser's own VAT id with its country prefix (printed on self-billing invoices; public data). */
    vatId: text(),
    /** Who last changed them. */
    updatedById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('organization_tax_settings_updated_by_id_idx').on(t.updatedById),
    checkIn('organization_tax_settings_form_requirement_check', t.formRequirement, TaxFormRequirement),
    checkAllIn('organization_tax_settings_rails_check', t.form1099ExcludedRails, PayoutRail),
    check(
      'organization_tax_settings_threshold_check',
      sql`${t.formRequirement} <> 'above_amount' OR (${t.thresholdMinor} >= 0 AND ${t.thresholdCurrency} IS NOT NULL)`,
    ),
  ],
);

/**
 * The 1099-NEC reporting threshold of a payment year, set by platform staff for years the law indexes
 * (2027 on); earlier years are fixed in workers/domain/form-1099.ts. A year that has ended is not changed.
 */
export const form1099Thresholds = affiliate.table(
  'form_1099_thresholds',
  {
    /** The calendar year payments were made in. */
    year: integer().primaryKey(),
    /** The threshold in US cents. */
    amountMinor: money(),
    /** The staff member who set it. */
    setById: uuid().references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('form_1099_thresholds_set_by_id_idx').on(t.setById),
    check('form_1099_thresholds_check', sql`${t.year} >= 2027 AND ${t.amountMinor} > 0`),
  ],
);

export type OrganizationTaxSettings = typeof organizationTaxSettings.$inferSelect;
