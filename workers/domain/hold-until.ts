const MS_PER_DAY = 86_400_000;

/**
 * When a commission created at `from` leaves its hold: exactly `holdDays` × 86 400 s later.
 * Exact days rather than calendar days, because the instant is UTC and there are no DST or
 * time-zone days to interpret; "30 days" is then the same 720 hours for every affiliate.
 */
export function holdUntil(from: Date, holdDays: number): Date {
  if (!Number.isInteger(holdDays) || holdDays < 0)
    throw new RangeError(`holdDays must be a non-negative integer, got ${holdDays}`);
  assertValidDate(from);
  return new Date(from.getTime() + holdDays * MS_PER_DAY);
}

/**
 * `date` plus `months` calendar months in UTC, same time of day, the day of month clamped to the
 * target month's length (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year), so "N months of
 * recurring commission" never spills into the month after.
 */
export function addCalendarMonths(date: Date, months: number): Date {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  assertValidDate(date);
  const result = new Date(date.getTime());
  const day = date.getUTCDate();
  // Day 1 first, so moving the month cannot overflow into the next one (Jan 31 → "Feb 31" = Mar 3).
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  result.setUTCDate(Math.min(day, daysInUtcMonth(result)));
  return result;
}

function daysInUtcMonth(date: Date): number {
  const lastDay = new Date(date.getTime());
  lastDay.setUTCDate(1);
  lastDay.setUTCMonth(lastDay.getUTCMonth() + 1, 0);
  return lastDay.getUTCDate();
}

function assertValidDate(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError('date must be a valid Date');
}
