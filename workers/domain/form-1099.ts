import { formatMinorUnits } from './format-minor-units';

/**
 * 1099-NEC rules: the reporting threshold of a payment year and which payees are reported.
 * $600 for payments through 2025; $2,000 for payments made in 2026 (One Big Beautiful Bill Act,
 * section 70433); indexed for inflation from 2027, so later years come from a staff setting.
 */
export function statutory1099Threshold(year: number): number | null {
  if (year <= 2025) return 600_00;
  if (year === 2026) return 2_000_00;
  return null;
}

/** The threshold that applies: the statute's for years it fixes, otherwise what staff set (null: not set yet). */
export function form1099Threshold(year: number, staffSetMinor: number | null): number | null {
  return statutory1099Threshold(year) ?? staffSetMinor;
}

/** Is a payee reported: paid at least the threshold (box 1 is the total of reportable payments). */
export const isReportable = (paidMinor: number, thresholdMinor: number) => paidMinor > 0 && paidMinor >= thresholdMinor;

/** The sentence an export states for the rule it applied. */
export function form1099RuleText(input: {
  year: number;
  thresholdMinor: number;
  excludedRails: readonly string[];
}): string {
  const dollars = formatMinorUnits(input.thresholdMinor, 'USD');
  const rails =
    input.excludedRails.length === 0
      ? 'no rail left out'
      : `payments on ${input.excludedRails.join(', ')} left out (reported by the payment settlement entity on Form 1099-K)`;
  return `Form 1099-NEC ${input.year}: US payees with a W-9 paid at least $${dollars} in USD during ${input.year}; ${rails}`;
}
