/**
 * The stats charts' data, free of React: every bucket of the range (the API answers only buckets with
 * traffic), the previous period's bucket at the same offset beside it, and the words a tooltip needs.
 */
import { dateTimeFormat } from '@/lib/format';

export type SeriesMoney = { currency: string; payoutMinor: number; revenueMinor?: number };
export type SeriesRow = {
  bucketLocal: string | null;
  metrics: { clicks: number | null; leads: number | null; sales: number | null };
  money?: SeriesMoney[];
};

export type AlignedPoint<K extends string> = {
  /** The bucket's local key: YYYY-MM-DD for a day, YYYY-MM-DDTHH for an hour. */
  bucket: string;
  /** The previous period's bucket at the same offset; null without a comparison. */
  previousBucket: string | null;
  current: Record<K, number>;
  previous: Record<K, number> | null;
};

const DAY_MS = 86_400_000;
const dayOf = (date: string) => new Date(`${date}T00:00:00Z`).getTime();
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Local bucket keys of the range: YYYY-MM-DD per day, or YYYY-MM-DDTHH per hour of a one-day range. */
export function chartBuckets(from: string, to: string, hourly: boolean): string[] {
  if (hourly) return Array.from({ length: 24 }, (_, hour) => `${from}T${String(hour).padStart(2, '0')}`);
  const days: string[] = [];
  for (let day = dayOf(from); day <= dayOf(to); day += DAY_MS) days.push(isoDay(day));
  return days;
}

/** The period of the same number of days just before `from`…`to` (both inclusive dates). */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const length = Math.round((dayOf(to) - dayOf(from)) / DAY_MS) + 1;
  return { from: isoDay(dayOf(from) - length * DAY_MS), to: isoDay(dayOf(from) - DAY_MS) };
}

/**
 * One point per bucket of `buckets`, zero where the API sent no row; the previous rows are matched by
 * position (the third day against the previous period's third day), so both periods share one x-axis.
 */
export function alignSeries<K extends string>(
  input: {
    buckets: string[];
    previousBuckets: string[] | null;
    rows: SeriesRow[];
    previousRows: SeriesRow[] | null;
    hourly: boolean;
  },
  pick: (row: SeriesRow | undefined) => Record<K, number>,
): AlignedPoint<K>[] {
  const keyOf = (row: SeriesRow) => (row.bucketLocal ?? '').slice(0, input.hourly ? 13 : 10);
  const current = new Map(input.rows.map((row) => [keyOf(row), row]));
  const previous = input.previousRows ? new Map(input.previousRows.map((row) => [keyOf(row), row])) : null;
  return input.buckets.map((bucket, index) => {
    const previousBucket = input.previousBuckets?.[index] ?? null;
    return {
      bucket,
      previousBucket,
      current: pick(current.get(bucket)),
      previous: previous && previousBucket !== null ? pick(previous.get(previousBucket)) : null,
    };
  });
}

/** Clicks, leads and sales of a row, zero for a bucket without one. */
export const pickCounts = (row: SeriesRow | undefined) => ({
  clicks: row?.metrics.clicks ?? 0,
  leads: row?.metrics.leads ?? 0,
  sales: row?.metrics.sales ?? 0,
});

/** Currencies of either period, in a stable order: one money chart each, since money never adds across them. */
export function currenciesOf(rows: SeriesRow[], previousRows: SeriesRow[] | null): string[] {
  const all = [...rows, ...(previousRows ?? [])].flatMap((row) => (row.money ?? []).map((m) => m.currency));
  return [...new Set(all)].sort();
}

/** A row's revenue and payout (earnings for an affiliate) in one currency, in minor units; zero when absent. */
export const pickMoney = (currency: string) => (row: SeriesRow | undefined) => {
  const money = row?.money?.find((m) => m.currency === currency);
  return { revenueMinor: money?.revenueMinor ?? 0, payoutMinor: money?.payoutMinor ?? 0 };
};

/**
 * A bucket as a reader names it on the report's clock: "Mon, Nov 23" for a day, "Nov 23, 14:00–15:00" for
 * an hour. The keys are already local wall time, so they are formatted as UTC to print them unchanged.
 */
export function bucketRangeText(bucket: string, hourly: boolean, locale: string): string {
  if (!hourly) {
    return dateTimeFormat(locale, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${bucket}T00:00:00Z`));
  }
  const start = new Date(`${bucket}:00:00Z`);
  const day = dateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(start);
  const hour = (date: Date) => `${String(date.getUTCHours()).padStart(2, '0')}:00`;
  const end = new Date(start.getTime() + 3_600_000);
  // The last hour ends at 24:00 of the same day, not at 00:00 of the next.
  return `${day}, ${hour(start)}–${end.getUTCHours() === 0 ? '24:00' : hour(end)}`;
}
