import { currencyDecimals, formatMinorUnits } from '@domain/format-minor-units';
import { parseMajorUnits } from '@domain/major-units';
import type { PayoutRail, TaxFormRequirement } from '@schema/enums';
import type { TaxSettings, TaxSettingsInput } from './queries/tax';

/** The settings as typed: the threshold in major units, blank text as '', the EIN only when typed anew. */
export type TaxSettingsValues = {
  formRequirement: TaxFormRequirement;
  threshold: string;
  thresholdCurrency: string;
  acceptsSharedForms: boolean;
  form1099ExcludedRails: PayoutRail[];
  legalName: string;
  addressLine: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  /** A new EIN; blank keeps the stored one. */
  payerTin: string;
  removePayerTin: boolean;
  vatId: string;
};

export function settingsToForm(s: TaxSettings): TaxSettingsValues {
  const currency = s.thresholdCurrency ?? 'USD';
  return {
    formRequirement: s.formRequirement,
    threshold: s.thresholdMinor === null ? '' : formatMinorUnits(s.thresholdMinor, currency),
    thresholdCurrency: currency,
    acceptsSharedForms: s.acceptsSharedForms,
    form1099ExcludedRails: s.form1099ExcludedRails.filter((r): r is PayoutRail => r === 'paypal' || r === 'stripe'),
    legalName: s.legalName,
    addressLine: s.addressLine,
    city: s.city,
    region: s.region,
    postalCode: s.postalCode,
    country: s.country ?? '',
    payerTin: '',
    removePayerTin: false,
    vatId: s.vatId ?? '',
  };
}

/** The threshold in minor units, or null when it is blank, not an amount, or not above zero. */
export function thresholdMinor(values: Pick<TaxSettingsValues, 'threshold' | 'thresholdCurrency'>): number | null {
  if (!values.threshold.trim() || !values.thresholdCurrency) return null;
  const parsed = parseMajorUnits(values.threshold.trim(), currencyDecimals(values.thresholdCurrency));
  return parsed.ok && parsed.minor > 0 ? parsed.minor : null;
}

/** What is wrong before sending: an amount rule needs an amount above zero in a currency. */
export function taxSettingsErrors(
  values: TaxSettingsValues,
): Partial<Record<'threshold' | 'thresholdCurrency', string>> {
  if (values.formRequirement !== 'above_amount') return {};
  const errors: Partial<Record<'threshold' | 'thresholdCurrency', string>> = {};
  if (!values.thresholdCurrency) errors.thresholdCurrency = 'currencyRequired';
  else if (thresholdMinor(values) === null) errors.threshold = 'invalidAmount';
  return errors;
}

const blankToNull = (value: string) => value.trim() || null;

/**
 * The request body. The threshold goes only with the amount rule; the EIN is left out (kept) unless a new one
 * was typed or its removal ticked (null).
 */
export function formToTaxSettings(values: TaxSettingsValues): TaxSettingsInput {
  const amountRule = values.formRequirement === 'above_amount';
  const body: TaxSettingsInput = {
    formRequirement: values.formRequirement,
    thresholdMinor: amountRule ? thresholdMinor(values) : null,
    thresholdCurrency: amountRule ? blankToNull(values.thresholdCurrency) : null,
    acceptsSharedForms: values.acceptsSharedForms,
    form1099ExcludedRails: [...values.form1099ExcludedRails],
    legalName: values.legalName.trim(),
    addressLine: values.addressLine.trim(),
    city: values.city.trim(),
    region: values.region.trim(),
    postalCode: values.postalCode.trim(),
    country: blankToNull(values.country),
    vatId: blankToNull(values.vatId.replace(/\s+/g, '').toUpperCase()),
  };
  if (values.removePayerTin) body.payerTin = null;
  else if (values.payerTin.trim()) body.payerTin = values.payerTin.trim();
  return body;
}
