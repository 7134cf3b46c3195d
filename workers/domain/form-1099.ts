import { PayoutRail } from '../../schema/enums';
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

/**
 * Rails left out of the 1099-NEC unless the advertiser says otherwise: PayPal. Payments made through a payment
 * settlement entity (PayPal, as a third party settlement organization) are reported by that entity on Form
 * 1099-K, and the IRS's Instructions for Forms 1099-MISC and 1099-NEC say not to report them on a 1099-NEC as
 * well. Stripe transfers to a platform's own connected accounts are the platform's payments: counted.
 */
export const DEFAULT_1099_EXCLUDED_RAILS: readonly PayoutRail[] = ['paypal'];

/** The first year whose threshold the law leaves to be set (indexed for inflation). */
export const FIRST_INDEXED_1099_YEAR = 2027;

/**
 * Why staff may not set a year's threshold, or null when they may: a year the law fixes (through 2026), or
 * a year that has ended (its returns may already have been filed on that figure). The current year and later
 * ones may be set and corrected.
 */
export function form1099ThresholdLock(year: number, now: Date): 'statute' | 'year_ended' | null {
  if (statutory1099Threshold(year) !== null) return 'statute';
  if (year < now.getUTCFullYear()) return 'year_ended';
  return null;
}

/** The built-in years (the statute's), for listing beside the ones staff set: 2020 through 2026. */
export function statutory1099Years(): { year: number; amountMinor: number }[] {
  const years: { year: number; amountMinor: number }[] = [];
  for (let year = 2020; year < FIRST_INDEXED_1099_YEAR; year++)
    years.push({ year, amountMinor: statutory1099Threshold(year) as number });
  return years;
}

/** The threshold that applies: the statute's for years it fixes, otherwise what staff set (null: not set yet). */
export function form1099Threshold(year: number, staffSetMinor: number | null): number | null {
  return statutory1099Threshold(year) ?? staffSetMinor;
}

/** Is a payee reported: paid at least the threshold (box 1 is the total of reportable payments). */
export const isReportable = (paidMinor: number, thresholdMinor: number) => paidMinor > 0 && paidMinor >= thresholdMinor;

/**
 * The rule a 1099-NEC year applies, as data: the API answers it and each reader phrases it in its own
 * language; only the CSV (a file for the IRS's layout) carries it as an English sentence.
 */
export interface Form1099Rule {
  year: number;
  /** The threshold box 1 must reach, in minor units of `currency`. */
  thresholdMinor: number;
  /** The currency of the threshold and of the payments counted (a 1099 reports US dollars). */
  currency: 'USD';
  /** Where the threshold comes from: fixed by law, or set by platform staff for an indexed year. */
  thresholdSource: 'statute' | 'platform';
  /** The form a payee must have on file to be reported. */
  requiredForm: 'w9';
  /** Rails whose payments are left out (reported by the payment settlement entity on Form 1099-K). */
  excludedRails: PayoutRail[];
}

/** The rule of a year: the statute's threshold, else staff's (null: the year's threshold is not set yet). */
export function form1099Rule(input: {
  year: number;
  staffSetMinor: number | null;
  excludedRails: readonly string[];
}): Form1099Rule | null {
  const statute = statutory1099Threshold(input.year);
  const thresholdMinor = statute ?? input.staffSetMinor;
  if (thresholdMinor === null) return null;
  return {
    year: input.year,
    thresholdMinor,
    currency: 'USD',
    thresholdSource: statute === null ? 'platform' : 'statute',
    requiredForm: 'w9',
    excludedRails: PayoutRail.filter((rail) => input.excludedRails.includes(rail)),
  };
}

/** The English sentence the CSV export states for the rule it applied. */
export function form1099RuleText(input: Pick<Form1099Rule, 'year' | 'thresholdMinor' | 'excludedRails'>): string {
  const dollars = formatMinorUnits(input.thresholdMinor, 'USD');
  const rails =
    input.excludedRails.length === 0
      ? 'no rail left out'
      : `payments on ${input.excludedRails.join(', ')} left out (reported by the payment settlement entity on Form 1099-K)`;
  return `Form 1099-NEC ${input.year}: US payees with a W-9 paid at least $${dollars} in USD during ${input.year}; ${rails}`;
}
