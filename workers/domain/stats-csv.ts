import type { StatsGranularity } from './stats-range';
import { addDays, localDateOf, startOfLocalDate, utcOffsetMinutes } from './stats-time-zone';

/**
 * How a report reads in a spreadsheet: times in ISO 8601 on the report's own clock (with its offset, so a
 * New York day reads 2026-11-01T00:00:00-04:00), rates as percentages with fixed decimals, and a file name
 * that says what, which range and which grouping.
 */

/** `at` as ISO 8601 on `timeZone`'s clock with its UTC offset, e.g. 2026-11-24T09:00:00+03:00. */
export function isoInTimeZone(at: Date, timeZone: string): string {
  const offset = utcOffsetMinutes(timeZone, at);
  const wall = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 19);
  if (offset === 0) return `${wall}Z`;
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${wall}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** Where a time bucket ends (exclusive): the next hour, local day, ISO week or month, never past the range. */
export function bucketEnd(start: Date, granularity: StatsGranularity, timeZone: string, rangeEnd: Date): Date {
  let end: Date;
  if (granularity === 'total') return rangeEnd;
  if (granularity === 'hour') end = new Date(start.getTime() + 3_600_000);
  else {
    const day = localDateOf(timeZone, start);
    if (granularity === 'day') end = startOfLocalDate(timeZone, addDays(day, 1));
    else if (granularity === 'week') end = startOfLocalDate(timeZone, addDays(day, 7));
    else {
      const [y, m] = day.split('-').map(Number) as [number, number];
      const next = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
      end = startOfLocalDate(timeZone, next);
    }
  }
  return end.getTime() > rangeEnd.getTime() ? rangeEnd : end;
}

/** A ratio (0.0347) as a percentage with two decimals (3.47); null stays empty. */
export const percentCell = (ratio: number | null): string | null => (ratio === null ? null : (ratio * 100).toFixed(2));

/**
 * stats_2026-11-01_2026-11-24_by-day.csv, with the grouping after it (…_by-day_program-country.csv): the
 * range in local dates, `to` inclusive, as the person asked for it.
 */
export function reportFileName(input: {
  from: Date;
  to: Date;
  timeZone: string;
  granularity: StatsGranularity;
  groupBy: readonly string[];
}): string {
  const first = localDateOf(input.timeZone, input.from);
  const last = localDateOf(input.timeZone, new Date(input.to.getTime() - 1));
  const grouping = input.groupBy.length > 0 ? `_${input.groupBy.join('-')}` : '';
  return `stats_${first}_${last}_by-${input.granularity}${grouping}.csv`;
}
