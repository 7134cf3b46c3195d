/**
 * EU VAT ids as VIES takes them: a member-state code (EL for Greece, XI for Northern Ireland) and the
 * number, whose shape each state fixes. The format check only spares VIES a call for a typo; validity
 * is VIES's answer.
 */
const VAT_NUMBER_SHAPES: Record<string, RegExp> = {
  AT: /^U\d{8}$/,
  BE: /^[01]\d{9}$/,
  BG: /^\d{9,10}$/,
  CY: /^\d{8}[A-Z]$/,
  CZ: /^\d{8,10}$/,
  DE: /^\d{9}$/,
  DK: /^\d{8}$/,
  EE: /^\d{9}$/,
  EL: /^\d{9}$/,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/,
  FI: /^\d{8}$/,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/,
  HR: /^\d{11}$/,
  HU: /^\d{8}$/,
  IE: /^\d{7}[A-W][A-I]?$|^\d[A-Z+*]\d{5}[A-W]$/,
  IT: /^\d{11}$/,
  LT: /^(\d{9}|\d{12})$/,
  LU: /^\d{8}$/,
  LV: /^\d{11}$/,
  MT: /^\d{8}$/,
  NL: /^\d{9}B\d{2}$/,
  PL: /^\d{10}$/,
  PT: /^\d{9}$/,
  RO: /^\d{2,10}$/,
  SE: /^\d{12}$/,
  SI: /^\d{8}$/,
  SK: /^\d{10}$/,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
};

/** The member-state codes VIES answers for. */
export const VIES_COUNTRIES = Object.keys(VAT_NUMBER_SHAPES);

export interface VatId {
  countryCode: string;
  number: string;
}

/**
 * A typed VAT id ("DE 123456789", "de123456789", "GR…" for Greece) split into VIES's two fields, or
 * null when its shape cannot be one.
 */
export function parseVatId(raw: string): VatId | null {
  const compact = raw.replace(/[\s.-]/g, '').toUpperCase();
  let countryCode = compact.slice(0, 2);
  if (countryCode === 'GR') countryCode = 'EL';
  const number = compact.slice(2);
  const shape = VAT_NUMBER_SHAPES[countryCode];
  return shape?.test(number) ? { countryCode, number } : null;
}

/** ISO 3166 country of a VIES code (EL is Greece, XI Northern Ireland in the UK). */
export const viesCountryToIso = (code: string) => (code === 'EL' ? 'GR' : code === 'XI' ? 'GB' : code);

/**
 * Whether a self-billing invoice carries the reverse-charge note: a B2B service across EU borders, the
 * customer (the advertiser) accounting for the VAT (Directive 2006/112/EC, art. 196). Same state, or a
 * customer outside the EU: no note (domestic VAT, or outside the scope of EU VAT).
 */
export function reverseChargeApplies(supplierViesCode: string, customerIsoCountry: string | null): boolean {
  if (!customerIsoCountry) return false;
  const customerVies = customerIsoCountry === 'GR' ? 'EL' : customerIsoCountry;
  if (!(customerVies in VAT_NUMBER_SHAPES) || customerVies === 'XI') return false;
  return viesCountryToIso(supplierViesCode) !== customerIsoCountry;
}
