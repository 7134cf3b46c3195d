/** The fraction digits of a currency (2 for EUR, 0 for JPY), from the runtime's ISO 4217 data. */
export function currencyDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Integer minor units as Wise's decimal amount (12345 EUR → 123.45), without float drift. */
export const toWiseAmount = (amountMinor: number, currency: string): number =>
  Number((amountMinor / 10 ** currencyDigits(currency)).toFixed(currencyDigits(currency)));

/** Wise's decimal amount as integer minor units, rounded to the currency's digits. */
export const fromWiseAmount = (amount: number, currency: string): number =>
  Math.round(Number(amount.toFixed(currencyDigits(currency))) * 10 ** currencyDigits(currency));
