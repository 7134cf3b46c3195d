import * as z from 'zod/mini';

export const DATE_RANGE_PRESETS = ['today', '7d', '30d', '90d', 'thisMonth', 'custom'] as const;
export type DateRangePreset = (typeof DATE_RANGE_PRESETS)[number];

const isoDate = z.iso.date();

/**
 * The date range of a report in the URL (`?range=30d`, or `?range=custom&from=2026-01-01&to=2026-01-31`).
 * Spread into a route's validateSearch schema; bad values fall back to the last 30 days.
 */
export const dateRangeSearch = {
  range: z.catch(z.optional(z.enum(DATE_RANGE_PRESETS)), undefined),
  from: z.catch(z.optional(isoDate), undefined),
  to: z.catch(z.optional(isoDate), undefined),
};

export type DateRangeSearch = { range?: DateRangePreset; from?: string; to?: string };

/** Inclusive calendar days as YYYY-MM-DD, in the browser's time zone. */
export type ResolvedDateRange = { from: string; to: string };

export function resolveDateRange(search: DateRangeSearch, now: Date = new Date()): ResolvedDateRange {
  const today = toIsoDate(now);
  const daysBack = (days: number) => toIsoDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - days + 1));
  switch (search.range ?? '30d') {
    case 'today':
      return { from: today, to: today };
    case '7d':
      return { from: daysBack(7), to: today };
    case '90d':
      return { from: daysBack(90), to: today };
    case 'thisMonth':
      return { from: toIsoDate(new Date(now.getFullYear(), now.getMonth(), 1)), to: today };
    case 'custom':
      if (search.from && search.to && search.from <= search.to) return { from: search.from, to: search.to };
      return { from: daysBack(30), to: today };
    default:
      return { from: daysBack(30), to: today };
  }
}

export function toIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
