/**
 * Currencies Wise pays out to a bank account in (the target currencies Wise's GET /v1/currencies lists for
 * sending, less those it only receives). Whether an affiliate's currency and country can be paid, and with which
 * bank details, is asked of Wise itself (GET /v1/account-requirements) when the affiliate sets up Wise: an empty
 * answer refuses the choice, so this list only filters what the picker offers.
 */
// biome-ignore format: a list of codes reads best packed
export const WISE_CURRENCIES: ReadonlySet<string> = new Set([
  'AED', 'ARS', 'AUD', 'BDT', 'BGN', 'BRL', 'BWP', 'CAD', 'CHF', 'CLP', 'CNY', 'COP', 'CRC', 'CZK', 'DKK', 'EGP',
  'EUR', 'GBP', 'GEL', 'GHS', 'HKD', 'HUF', 'IDR', 'ILS', 'INR', 'JPY', 'KES', 'KRW', 'LKR', 'MAD', 'MXN', 'MYR',
  'NGN', 'NOK', 'NPR', 'NZD', 'PHP', 'PKR', 'PLN', 'RON', 'SEK', 'SGD', 'THB', 'TRY', 'TZS', 'UAH', 'UGX', 'USD',
  'UYU', 'VND', 'XOF', 'ZAR', 'ZMW',
]);

/** At most this many transfers per claimed part: each is three Wise calls (quote, transfer, funding) in one invocation. */
export const WISE_TRANSFERS_PER_PART = 25;
