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
  // Year, month and day set at once, the day already clamped: no intermediate date can overflow into the
  // next month (Jan 31 + 1 month = "Feb 31" = Mar 3), and one Date is made, not three (the backtest
  // works out a window per rebill).
  const target = date.getUTCMonth() + months;
  const years = Math.floor(target / 12);
  const year = date.getUTCFullYear() + years;
  const month = target - years * 12;
  const result = new Date(date.getTime());
  result.setUTCFullYear(year, month, Math.min(date.getUTCDate(), daysInUtcMonth(year, month)));
  return result;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (0 = January) of the proleptic Gregorian calendar, as Date counts them. */
function daysInUtcMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 1 && leap ? 29 : DAYS_IN_MONTH[month]!;
}

function assertValidDate(date: Date): void {
  if (Number.isNaN(date.getTime())) throw new RangeError('date must be a valid Date');
}
