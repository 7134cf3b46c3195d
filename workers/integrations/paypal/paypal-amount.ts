import { currencyDecimals, formatMinorUnits } from '../../domain/format-minor-units';

/** PayPal refuses decimals for these even where ISO 4217 has cents (HUF, TWD) — its own currency table. */
const PAYPAL_WHOLE_UNITS = new Set(['JPY', 'HUF', 'TWD']);

/** Decimals PayPal accepts in `amount.value` for the currency. */
export function paypalDecimals(currency: string): number {
  return PAYPAL_WHOLE_UNITS.has(currency.toUpperCase()) ? 0 : currencyDecimals(currency);
}

/**
 * A positive amount in ISO minor units as PayPal's `amount.value` ("12.34", "1500", "1.500").
 * An HUF or TWD amount with a fractional part is refused here, before any call: PayPal would
 * reject the whole batch, and rounding it would pay a different amount than the ledger says.
 */
export function formatPayPalAmount(amountMinor: number, currency: string): string {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0)
    throw new RangeError(`amountMinor must be a positive safe integer, got ${amountMinor}`);
  const iso = currencyDecimals(currency);
  const paypal = paypalDecimals(currency);
  if (iso === paypal) return formatMinorUnits(amountMinor, currency);
  const unit = 10 ** (iso - paypal);
  if (amountMinor % unit !== 0) {
    throw new RangeError(
      `${currency.toUpperCase()} amounts must be whole units for PayPal, got ${formatMinorUnits(amountMinor, currency)}`,
    );
  }
  return String(amountMinor / unit);
}
