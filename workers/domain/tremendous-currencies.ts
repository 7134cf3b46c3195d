/**
 * Currencies a Tremendous reward may be denominated in: the `CurrencyCodes` enum of Tremendous's
 * published OpenAPI (API v2), less the codes ISO 4217 has withdrawn (BYR, EEK, LTL, LVL, VEF, ZMK,
 * HRK). Which gift cards a country gets in a currency is read from Tremendous's catalog (GET /products)
 * when the affiliate chooses gift cards and when a part is sent.
 */
// biome-ignore format: a list of codes reads best packed
export const TREMENDOUS_CURRENCIES: ReadonlySet<string> = new Set([
  'AED', 'AFN', 'ALL', 'AMD', 'ARS', 'AUD', 'AZN', 'BAM', 'BDT', 'BGN', 'BHD', 'BIF', 'BND', 'BOB', 'BRL', 'BWP',
  'BZD', 'CAD', 'CDF', 'CHF', 'CLP', 'CNY', 'COP', 'CRC', 'CVE', 'CZK', 'DJF', 'DKK', 'DOP', 'DZD', 'EGP', 'ERN',
  'ETB', 'EUR', 'GBP', 'GEL', 'GHS', 'GNF', 'GTQ', 'HKD', 'HNL', 'HUF', 'IDR', 'ILS', 'INR', 'IQD', 'IRR', 'ISK',
  'JMD', 'JOD', 'JPY', 'KES', 'KHR', 'KRW', 'KWD', 'KZT', 'LBP', 'LKR', 'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MOP',
  'MUR', 'MXN', 'MYR', 'MZN', 'NAD', 'NGN', 'NIO', 'NOK', 'NPR', 'NZD', 'OMR', 'PAB', 'PEN', 'PHP', 'PKR', 'PLN',
  'PYG', 'QAR', 'RON', 'RSD', 'RUB', 'RWF', 'SAR', 'SDG', 'SEK', 'SGD', 'SOS', 'SYP', 'THB', 'TND', 'TOP', 'TRY',
  'TTD', 'TWD', 'TZS', 'UAH', 'UGX', 'USD', 'UYU', 'UZS', 'VND', 'XAF', 'XOF', 'YER', 'ZAR',
]);

/** At most this many orders per claimed part: each is one Tremendous call within one Worker invocation. */
export const TREMENDOUS_ORDERS_PER_PART = 50;
