import { AppError, ValidationError } from '../errors/app-error';

/** The longest range a list or export may cover: clicks are partitioned by month, so a bound keeps scans finite. */
export const MAX_RANGE_DAYS = 366;
/** Without `from`, a list covers this many days up to `to`. */
export const DEFAULT_RANGE_DAYS = 30;

const DAY_MS = 86_400_000;

export interface TimeRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
}

/** The range asked for, defaulted (the last 30 days up to now) and checked against the maximum. */
export function timeRange(input: { from?: string | undefined; to?: string | undefined }, now: Date): TimeRange {
  const to = input.to ? new Date(input.to) : now;
  const from = input.from ? new Date(input.from) : new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS);
  if (from.getTime() >= to.getTime())
    throw new ValidationError('from must be before to', [{ path: 'from', message: 'Must be before to' }]);
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY_MS)
    throw new AppError('range_too_long', `A range covers at most ${MAX_RANGE_DAYS} days`, {
      maxDays: MAX_RANGE_DAYS,
    });
  return { from, to };
}
