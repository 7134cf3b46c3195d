// The shared Intl formatters: every number, amount and date on screen goes through these, in the UI language.

// Building a formatter costs far more than using one (a DateTimeFormat ~1 ms on a busy machine, a NumberFormat
// ~0.1 ms, against ~1 µs per format): a month's chart formats hundreds of labels on every render, and building
// them anew was most of the stats page's rendering time. So each (locale, options) is built once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** The page's one Intl.NumberFormat for these locale and options. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options ?? {})}`;
  const known = formatters.get(key) as Intl.NumberFormat | undefined;
  if (known) return known;
  const format = new Intl.NumberFormat(locale, options);
  formatters.set(key, format);
  return format;
}

/** The page's one Intl.DateTimeFormat for these locale and options. */
export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options ?? {})}`;
  const known = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (known) return known;
  const format = new Intl.DateTimeFormat(locale, options);
  formatters.set(key, format);
  return format;
}

/** Money travels as integer minor units; the currency says how many decimals it has (JPY 0, USD 2, BHD 3). */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const format = numberFormat(locale, { style: 'currency', currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}

export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/** `ratio` is a fraction: 0.125 is 12.5 %. */
export function formatPercent(ratio: number, locale: string, maximumFractionDigits = 1): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(ratio);
}

type DateInput = Date | string | number;

export function formatDate(value: DateInput, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(value));
}

/** A UTC calendar day (a CPC click credit's day), the same date in every time zone. */
export function formatUtcDay(value: DateInput, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(value));
}

export function formatDateTime(value: DateInput, locale: string): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 hours ago", "через 2 дня": the largest unit that fits. */
export function formatRelative(value: DateInput, locale: string, now: Date = new Date()): string {
  const seconds = (new Date(value).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** A short calendar day ("23 Nov"), for chart axes. `value` is a wall-clock time, read as UTC so no zone shifts it. */
export function formatShortDay(value: DateInput, locale: string): string {
  return dateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(value));
}

/** An hour of the day ("14:00", "2 PM"), for hourly chart axes; wall-clock time read as UTC like formatShortDay. */
export function formatHour(value: DateInput, locale: string): string {
  return dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(new Date(value));
}

const regionNames = new Map<string, Intl.DisplayNames>();

/** A country's name in the UI language from its ISO 3166 code. */
export function formatCountry(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}
