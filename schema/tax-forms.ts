import { sql } from 'drizzle-orm';
import { char, check, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TaxClassification, TaxFormKind, TaxFormStatus } from './enums';
import { organizations } from './organizations';
import { affiliate } from './pg-schemas';
import { users } from './users';
import { checkBasisPoints, checkIn } from './util/checks';
import { id, timestamps, timestamptz } from './util/columns';

/**
 * A W-9, W-8BEN or W-8BEN-E an affiliate signed: the signed data itself, from which the PDF is
 * rendered on demand (deterministically, so the same row always gives the same document). The TIN
 * is encrypted by the app and only its last four characters are ever read back.
 */
export const taxForms = affiliate.table(
  'tax_forms',
  {
    /** UUIDv7 primary key. */
    id: id(),
    /** The affiliate who signed it. */
    affiliateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /** The advertiser it was given to; NULL: one form for every advertiser that accepts shared forms. */
    organizationId: uuid().references(() => organizations.id, { onDelete: 'restrict' }),
    /** w9, w8ben or w8bene. */
    kind: text({ enum: TaxFormKind }).notNull(),
    /** valid, or superseded by a newer form of the same affiliate and advertiser. */
    status: text({ enum: TaxFormStatus }).notNull().default('valid'),
    /** Name as shown on the income tax return (W-9 line 1) or of the individual or entity (W-8). */
    legalName: text().notNull(),
    /** Business or disregarded entity name (W-9 line 2), if different. */
    businessName: text(),
    /** W-9 line 3a; NULL on W-8 forms. */
    taxClassification: text({ enum: TaxClassification }),
    /** ISO 3166 country of residence (W-9: US) or of incorporation. */
    country: char({ length: 2 }).notNull(),
    /** Street address (permanent residence on W-8). */
    addressLine: text().notNull(),
    /** City or town. */
    city: text().notNull(),
    /** State, province or region; may be empty outside the US. */
    region: text().notNull().default(''),
    /** ZIP or postal code. */
    postalCode: text().notNull(),
    /** SSN, ITIN or EIN (W-9) or the foreign TIN (W-8), encrypted (workers/services/encryption.ts). */
    tinEncrypted: text().notNull(),
    /** The last four characters of the TIN: all the dashboard and exports ever show. */
    tinLast4: char({ length: 4 }).notNull(),
    /** ssn, ein or itin on a W-9; foreign on a W-8. */
    tinType: text({ enum: ['ssn', 'ein', 'itin', 'foreign'] }).notNull(),
    /** W-8 part II: the treaty country whose benefits are claimed; NULL: none claimed. */
    treatyCountry: char({ length: 2 }),
    /** The treaty withholding rate claimed, in basis points (0 = exempt). */
    treatyRateBps: integer(),
    /** The typed signature: the signer's full name. */
    signatureName: text().notNull(),
    /** When it was signed (the server's clock). */
    signedAt: timestamptz().notNull(),
    /** The IP address it was signed from. */
    signedIp: text().notNull(),
    /** When the signer's account was deleted and the form pseudonymised (kept for the retention period). */
    pseudonymisedAt: timestamptz(),
    ...timestamps,
  },
  (t) => [
    index('tax_forms_affiliate_id_idx').on(t.affiliateId),
    index('tax_forms_organization_id_idx').on(t.organizationId),
    // One valid form per affiliate and advertiser, and one shared form: a new one supersedes it.
    uniqueIndex('tax_forms_one_valid_idx')
      .on(t.affiliateId, t.organizationId)
      .where(sql`${t.status} = 'valid' AND ${t.organizationId} IS NOT NULL`),
    uniqueIndex('tax_forms_one_valid_shared_idx')
      .on(t.affiliateId)
      .where(sql`${t.status} = 'valid' AND ${t.organizationId} IS NULL`),
    checkIn('tax_forms_kind_check', t.kind, TaxFormKind),
    checkIn('tax_forms_status_check', t.status, TaxFormStatus),
    checkIn('tax_forms_tin_type_check', t.tinType, ['ssn', 'ein', 'itin', 'foreign']),
    checkBasisPoints('tax_forms_treaty_rate_bps_check', t.treatyRateBps),
    check('tax_forms_w9_classification_check', sql`(${t.kind} = 'w9') = (${t.taxClassification} IS NOT NULL)`),
  ],
);

/** An affiliate's EU VAT id, as VIES last answered for it. One per affiliate. */
export const affiliateVatIds = affiliate.table('affiliate_vat_ids', {
  /** The affiliate. */
  affiliateId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** VIES member state code (EL for Greece, XI for Northern Ireland). */
  countryCode: char({ length: 2 }).notNull(),
  /** The number without the country prefix, encrypted by the app. */
  vatNumberEncrypted: text().notNull(),
  /** Its last four characters, for display. */
  vatNumberLast4: char({ length: 4 }).notNull(),
  /** Whether VIES said the number is valid when last checked. */
  valid: text({ enum: ['valid', 'invalid'] }).notNull(),
  /** The trader name VIES returned ('---' when the state does not share it). */
  registeredName: text(),
  /** The trader address VIES returned. */
  registeredAddress: text(),
  /** When VIES answered. */
  checkedAt: timestamptz().notNull(),
  ...timestamps,
});

export type TaxForm = typeof taxForms.$inferSelect;
export type AffiliateVatId = typeof affiliateVatIds.$inferSelect;
