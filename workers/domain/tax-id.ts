/**
 * US taxpayer identification numbers, as the W-9 takes them: SSN and ITIN (9 digits, the ITIN starting
 * with 9 and a group of 50–65, 70–88, 90–92 or 94–99), EIN (9 digits with a valid two-digit prefix).
 * Pure checks; the value is normalised to its nine digits before it is encrypted.
 */
export type UsTinType = 'ssn' | 'ein' | 'itin';

/** The nine digits of a US TIN typed with or without dashes or spaces, or null. */
export function usTinDigits(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '');
  return /^\d{9}$/.test(digits) ? digits : null;
}

/** EIN prefixes the IRS never assigns (its "How EINs are assigned" list). */
const UNUSED_EIN_PREFIXES = new Set([
  '00',
  '07',
  '08',
  '09',
  '17',
  '18',
  '19',
  '28',
  '29',
  '49',
  '69',
  '70',
  '78',
  '79',
  '89',
  '96',
  '97',
]);

/** Why this TIN cannot be of that type, or null when it can. */
export function usTinProblem(type: UsTinType, raw: string): string | null {
  const d = usTinDigits(raw);
  if (!d) return 'must be nine digits';
  if (type === 'ein') return UNUSED_EIN_PREFIXES.has(d.slice(0, 2)) ? 'is not a prefix the IRS assigns' : null;
  const area = d.slice(0, 3);
  const group = Number(d.slice(3, 5));
  const serial = d.slice(5);
  if (type === 'itin') {
    if (area[0] !== '9') return 'an ITIN starts with 9';
    const ok =
      (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
    return ok ? null : 'has a group number the IRS does not use for ITINs';
  }
  // SSN: never area 000, 666 or 9xx, group 00 or serial 0000.
  if (area === '000' || area === '666' || area[0] === '9') return 'has an area number the SSA never assigns';
  if (group === 0 || serial === '0000') return 'has a zero group or serial number';
  return null;
}

/** A foreign TIN: letters, digits and separators, 4 to 30 characters once the separators are gone. */
export function foreignTinProblem(raw: string): string | null {
  const compact = raw.replace(/[\s./-]/g, '');
  if (!/^[A-Za-z0-9]{4,30}$/.test(compact)) return 'must be 4 to 30 letters or digits';
  return null;
}

/** What is stored encrypted: the nine digits of a US TIN, or the foreign TIN upper-cased without separators. */
export function normaliseTin(type: UsTinType | 'foreign', raw: string): string {
  return type === 'foreign' ? raw.replace(/[\s./-]/g, '').toUpperCase() : (usTinDigits(raw) ?? raw);
}

/** The last four characters: all that is ever shown again. */
export const lastFour = (value: string) => value.slice(-4).padStart(4, '•');

/** How a TIN is shown: masked, only the last four visible (•••-••-1234 for an SSN). */
export function maskedTin(type: UsTinType | 'foreign', last4: string): string {
  if (type === 'ssn' || type === 'itin') return `•••-••-${last4}`;
  if (type === 'ein') return `••-•••${last4}`;
  return `••••${last4}`;
}
