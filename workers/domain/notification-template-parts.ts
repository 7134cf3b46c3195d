import type { Locale } from '../../schema/enums';
import { formatMinorUnits } from './format-minor-units';

/** A notification's structured data, as its producer queued it. */
export type TemplateData = Record<string, unknown>;
/**
 * A message's words; `link` is a line with an absolute address for the channels that have no button of their own
 * (email and Telegram), left out of the in-app body, whose item links by itself.
 */
export type TemplateTexts = { title: string; body: string; link?: string | null } | null;
/** Renders one event's data, or answers null (or '') for a shape it does not know. */
export type Renderer = (d: TemplateData) => TemplateTexts | '' | null;

export const str = (d: TemplateData, k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
export const num = (d: TemplateData, k: string) =>
  typeof d[k] === 'number' && Number.isSafeInteger(d[k]) ? (d[k] as number) : null;

/** An amount in minor units with its currency, e.g. "15.00 USD"; null when either is missing. */
export function amount(d: TemplateData, k: string): string | null {
  const minor = num(d, k);
  const currency = str(d, 'currency');
  return minor === null || !currency ? null : `${formatMinorUnits(minor, currency)} ${currency}`;
}

const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU' };

/** A count in the reader's convention (1,000 / 1 000). */
export const count = (locale: Locale, n: number) => new Intl.NumberFormat(INTL_LOCALE[locale]).format(n);

/** The calendar day of an ISO timestamp, in UTC and the reader's words ("31 May 2026", "31 мая 2026 г."). */
export function day(locale: Locale, iso: string | null): string | null {
  if (!iso) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}

/** A month, "2026-05" or its first day "2026-05-01" (plan_click_usage.month), as the reader says it ("May 2026", "май 2026 г."). */
export function month(locale: Locale, key: string | null): string | null {
  if (!key || !/^\d{4}-(0[1-9]|1[0-2])(-01)?$/.test(key)) return null;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${key.slice(0, 7)}-01T00:00:00Z`),
  );
}

/** The host of a URL, for a short title; the URL itself (cut) when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 100);
  }
}
