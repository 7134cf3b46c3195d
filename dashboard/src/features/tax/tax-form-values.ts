import { type TaxFormIssue, taxFormIssues } from '@domain/tax-form';
import type { TaxClassification, TaxFormKind } from '@schema/enums';
import type { TaxForm, TaxFormInput } from './queries/tax';

type TinType = TaxFormInput['tinType'];

/** What the form holds as typed: blank fields are '', the treaty rate a percent (Mantine's blank number is ''). */
export type TaxFormValues = {
  kind: TaxFormKind;
  shared: boolean;
  legalName: string;
  businessName: string;
  taxClassification: TaxClassification | '';
  country: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
  tinType: TinType;
  tin: string;
  claimTreaty: boolean;
  treatyCountry: string;
  treatyRatePercent: number | string;
  signatureName: string;
  certified: boolean;
};

/** The largest treaty rate the API takes (3000 basis points). */
export const TREATY_RATE_MAX_PERCENT = 30;

/** A fresh form of one kind: a W-9 is a US person's (SSN by default), a W-8 takes the foreign TIN. */
export function emptyTaxForm(kind: TaxFormKind): TaxFormValues {
  return {
    kind,
    shared: false,
    legalName: '',
    businessName: '',
    taxClassification: kind === 'w9' ? 'individual' : '',
    country: kind === 'w9' ? 'US' : '',
    addressLine: '',
    city: '',
    region: '',
    postalCode: '',
    tinType: kind === 'w9' ? 'ssn' : 'foreign',
    tin: '',
    claimTreaty: false,
    treatyCountry: '',
    treatyRatePercent: '',
    signatureName: '',
    certified: false,
  };
}

/** Switching the kind keeps the person's name and address, and resets what belongs to the other kind. */
export function switchKind(values: TaxFormValues, kind: TaxFormKind): TaxFormValues {
  const fresh = emptyTaxForm(kind);
  const usBefore = values.kind === 'w9';
  const usAfter = kind === 'w9';
  return {
    ...values,
    kind,
    taxClassification: fresh.taxClassification,
    country: usBefore === usAfter ? values.country : fresh.country,
    tinType: usBefore === usAfter ? values.tinType : fresh.tinType,
    tin: usBefore === usAfter ? values.tin : '',
    claimTreaty: usAfter ? false : values.claimTreaty,
  };
}

/** A form to sign again, filled from the one on file; the TIN is never sent back, so it is typed again. */
export function formFromTaxForm(form: TaxForm): TaxFormValues {
  return {
    ...emptyTaxForm(form.kind),
    shared: form.organizationId === null,
    legalName: form.legalName,
    businessName: form.businessName ?? '',
    taxClassification: form.taxClassification ?? '',
    country: form.country,
    addressLine: form.addressLine,
    city: form.city,
    region: form.region,
    postalCode: form.postalCode,
    tinType: form.tinType,
    claimTreaty: form.treatyCountry !== null,
    treatyCountry: form.treatyCountry ?? '',
    treatyRatePercent: form.treatyRateBps === null ? '' : form.treatyRateBps / 100,
  };
}

const text = (value: string) => value.trim();
const optional = (value: string) => value.trim() || null;

function treatyRateBps(values: TaxFormValues): number | null {
  if (values.kind === 'w9' || !values.claimTreaty || values.treatyRatePercent === '') return null;
  const percent = Number(values.treatyRatePercent);
  return Number.isFinite(percent) ? Math.round(percent * 100) : null;
}

/** The request body: trimmed text, null for blank optional fields, the treaty rate in basis points. */
export function formToTaxBody(values: TaxFormValues): TaxFormInput {
  const w9 = values.kind === 'w9';
  const treaty = !w9 && values.claimTreaty;
  return {
    kind: values.kind,
    shared: values.shared,
    legalName: text(values.legalName),
    businessName: optional(values.businessName),
    taxClassification: w9 && values.taxClassification ? values.taxClassification : null,
    country: w9 ? 'US' : values.country,
    addressLine: text(values.addressLine),
    city: text(values.city),
    region: text(values.region) || undefined,
    postalCode: text(values.postalCode),
    tinType: values.tinType,
    tin: text(values.tin),
    treatyCountry: treaty ? optional(values.treatyCountry) : null,
    treatyRateBps: treaty ? treatyRateBps(values) : null,
    signatureName: text(values.signatureName),
    certified: values.certified,
  };
}

const REQUIRED = ['legalName', 'country', 'addressLine', 'city', 'postalCode', 'tin', 'signatureName'] as const;

/**
 * The fields to flag before sending, each with the reason's key: blanks first, then the API's own rules
 * (`taxFormIssues`, which the server runs too) and the treaty rate's bounds.
 */
export function taxFormErrors(values: TaxFormValues): Partial<Record<keyof TaxFormValues, TaxFormErrorKey>> {
  const errors: Partial<Record<keyof TaxFormValues, TaxFormErrorKey>> = {};
  const body = formToTaxBody(values);
  for (const field of REQUIRED) if (!text(values[field])) errors[field] = 'required';
  const percent = values.treatyRatePercent === '' ? null : Number(values.treatyRatePercent);
  if (values.kind !== 'w9' && values.claimTreaty) {
    if (!values.treatyCountry) errors.treatyCountry ??= 'required';
    if (percent === null) errors.treatyRatePercent ??= 'required';
    else if (!Number.isFinite(percent) || percent < 0 || percent > TREATY_RATE_MAX_PERCENT)
      errors.treatyRatePercent = 'treatyRate';
  }
  for (const issue of taxFormIssues(body)) {
    const field = issueField(issue);
    errors[field] ??= issueKey(issue);
  }
  return errors;
}

export type TaxFormErrorKey =
  | 'required'
  | 'tin'
  | 'tinType'
  | 'country'
  | 'taxClassification'
  | 'businessName'
  | 'treatyCountry'
  | 'treatyRate'
  | 'certified'
  | 'signatureName';

function issueField(issue: TaxFormIssue): keyof TaxFormValues {
  return issue.field === 'treatyRateBps' ? 'treatyRatePercent' : (issue.field as keyof TaxFormValues);
}

function issueKey(issue: TaxFormIssue): TaxFormErrorKey {
  switch (issue.field) {
    case 'treatyRateBps':
      return 'treatyRate';
    case 'tin':
    case 'tinType':
    case 'country':
    case 'taxClassification':
    case 'businessName':
    case 'treatyCountry':
    case 'certified':
    case 'signatureName':
      return issue.field;
    default:
      return 'required';
  }
}
