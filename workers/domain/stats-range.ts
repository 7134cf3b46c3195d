import { AppError } from '../errors/app-error';
import { likeForLike } from './stats-comparison';
import { addDays, daysBetween, hasWholeHourOffsets, localDateOf, startOfLocalDate } from './stats-time-zone';

export const STATS_GRANULARITIES = ['hour', 'day', 'week', 'month', 'total'] as const;
export type StatsGranularity = (typeof STATS_GRANULARITIES)[number];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** One year, leap years included. */
export const MAX_RANGE_DAYS = 366;
/** Hourly rows of a longer range are too many to read or to chart. */
export const MAX_HOURLY_RANGE_DAYS = 31;
/** Default range when the caller names none: the last 30 local days, today included. */
export const DEFAULT_RANGE_DAYS = 30;

/** [from, to) in UTC, and the period of the same length just before it. */
export interface StatsRange {
  from: Date;
  to: Date;
  /**
   * What compare=previous reads: the period of the same length just before, cut to the same elapsed
   * part when this one is still running (`partial`; see stats-comparison.ts).
   */
  previous: { from: Date; to: Date; partial: boolean };
  /**
   * How a previous-period row's time lines up with the current one: calendar days when the caller
   * gave local dates (so days match across DST), otherwise a fixed number of seconds.
   */
  shift: { days: number; seconds: number };
}

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

function instant(value: string, which: 'from' | 'to'): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new AppError('stats_range_invalid', `${which} is not a date or time`);
  if (at.getTime() % HOUR_MS !== 0)
    throw new AppError('stats_range_invalid', `${which} must fall on a whole hour: reports are made of hourly rows`);
  return at;
}

/**
 * Resolves `from`/`to`: local dates (YYYY-MM-DD in `timeZone`, `to` inclusive) or ISO times on whole
 * hours (`to` exclusive). Missing ends default to today and 30 days back. Refuses empty or reversed
 * ranges, ranges over a year (31 days for hourly rows) and zones off whole hours anywhere in them.
 */
export function resolveStatsRange(input: {
  from?: string | undefined;
  to?: string | undefined;
  timeZone: string;
  granularity: StatsGranularity;
  now: Date;
}): StatsRange {
  const { timeZone, now } = input;
  const today = localDateOf(timeZone, now);
  const toValue = input.to ?? (input.from && !isDate(input.from) ? null : today);
  const fromValue =
    input.from ?? (toValue === null || isDate(toValue) ? addDays(toValue ?? today, 1 - DEFAULT_RANGE_DAYS) : null);

  let range: Omit<StatsRange, 'previous'>;
  if (fromValue !== null && toValue !== null && isDate(fromValue) && isDate(toValue)) {
    const days = daysBetween(fromValue, toValue) + 1;
    if (days < 1) throw new AppError('stats_range_invalid', 'from is after to');
    checkLength(days * DAY_MS, input.granularity);
    range = {
      from: startOfLocalDate(timeZone, fromValue),
      to: startOfLocalDate(timeZone, addDays(toValue, 1)),
      shift: { days, seconds: 0 },
    };
  } else {
    const to =
      toValue === null
        ? new Date(Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS)
        : isDate(toValue)
          ? startOfLocalDate(timeZone, addDays(toValue, 1))
          : instant(toValue, 'to');
    const from =
      fromValue === null
        ? new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS)
        : isDate(fromValue)
          ? startOfLocalDate(timeZone, fromValue)
          : instant(fromValue, 'from');
    if (from.getTime() >= to.getTime()) throw new AppError('stats_range_invalid', 'from must be before to');
    checkLength(to.getTime() - from.getTime(), input.granularity);
    range = { from, to, shift: { days: 0, seconds: (to.getTime() - from.getTime()) / 1000 } };
  }

  const whole =
    range.shift.days > 0
      ? {
          from: startOfLocalDate(timeZone, addDays(localDateOf(timeZone, range.from), -range.shift.days)),
          to: range.from,
        }
      : { from: new Date(range.from.getTime() - range.shift.seconds * 1000), to: range.from };
  const compared = likeForLike({ current: range, previous: whole, now });
  const previous = { ...compared.previous, partial: compared.partial };
  if (!hasWholeHourOffsets(timeZone, previous.from, range.to))
    throw new AppError(
      'stats_time_zone_unsupported',
      `${timeZone} is not a whole number of hours from UTC in this range; reports are made of hourly rows`,
    );
  return { ...range, previous };
}

function checkLength(ms: number, granularity: StatsGranularity): void {
  const maxDays = granularity === 'hour' ? MAX_HOURLY_RANGE_DAYS : MAX_RANGE_DAYS;
  // One hour of slack: a range of local days may gain an hour at a DST change.
  if (ms > maxDays * DAY_MS + HOUR_MS)
    throw new AppError(
      'range_too_long',
      granularity === 'hour'
        ? `Hourly reports cover at most ${MAX_HOURLY_RANGE_DAYS} days`
        : `Reports cover at most ${MAX_RANGE_DAYS} days`,
    );
}
