import { currencyDecimals } from './format-minor-units';

/**
 * Currencies PayPal Payouts refuses decimals in although ISO 4217 gives them some (HUF, TWD), or
 * that have none anyway (JPY): their minimum must be a whole number of units, or a balance that
 * just reaches it could never be sent as one.
 */
const PAYPAL_WHOLE_UNIT_CURRENCIES = new Set(['HUF', 'JPY', 'TWD']);

/** Why a platform minimum cannot be stored for this currency, or null when it can. */
export function payoutMinimumProblem(currency: string, minMinor: number): string | null {
  if (!Number.isSafeInteger(minMinor) || minMinor < 0) return 'must be a whole number of minor units, 0 or more';
  const unit = 10 ** currencyDecimals(currency);
  if (PAYPAL_WHOLE_UNIT_CURRENCIES.has(currency) && minMinor % unit !== 0)
    return `PayPal pays ${currency} in whole units only: use a multiple of ${unit} minor units`;
  return null;
}

/**
 * The minimum a program adds for a line: its override is in the program's currency, so it only
 * speaks for lines in that currency (a percent commission follows the sale's currency, which may
 * differ); otherwise, and without an override, 0 (the platform minimum alone).
 */
export function programMinimumFor(
  program: { currency: string; payoutMinMinor: number | null },
  lineCurrency: string,
): number {
  return program.currency === lineCurrency ? (program.payoutMinMinor ?? 0) : 0;
}
