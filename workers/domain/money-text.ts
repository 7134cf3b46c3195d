import { currencyDecimals, formatMinorUnits } from './format-minor-units';

/**
 * An amount in minor units as a reader sees it ("$49.00", "49,00 $"), for server-rendered pages. Intl is
 * given the exact decimal string, so no float stands between the integer and the digits shown.
 */
export function moneyText(amountMinor: number, currency: string, locale: string): string {
  const decimals = currencyDecimals(currency);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  // Intl.NumberFormat formats decimal strings exactly (ECMA-402 NumberFormat v3); the lib types lag behind.
  return format.format(formatMinorUnits(amountMinor, currency) as unknown as number);
}

/** Basis points as a percent ("30 %", "12.5 %"), in the reader's locale. */
export function percentText(bps: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(bps / 10_000);
}
