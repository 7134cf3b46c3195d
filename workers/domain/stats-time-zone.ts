import { AppError } from '../errors/app-error';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The IANA name as Intl spells it, or a stats_time_zone_invalid error for a name it does not know. */
export function canonicalTimeZone(name: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    throw new AppError('stats_time_zone_invalid', `${name} is not an IANA time zone, such as Europe/Berlin`);
  }
}

/** Whether Intl knows the IANA name (Europe/Berlin, UTC); for schemas that refuse an unknown zone. */
export function isIanaTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Local wall-clock fields of `at` in `timeZone`. */
function localFields(timeZone: string, at: Date) {
  const parts = formatterFor(timeZone).formatToParts(at);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** Minutes `timeZone` is ahead of UTC at `at` (negative west of Greenwich). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  const f = localFields(timeZone, at);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** The calendar date (YYYY-MM-DD) `at` falls on in `timeZone`. */
export function localDateOf(timeZone: string, at: Date): string {
  const f = localFields(timeZone, at);
  return `${String(f.year).padStart(4, '0')}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
}

/** The instant local midnight starts `date` (YYYY-MM-DD) in `timeZone`. */
export function startOfLocalDate(timeZone: string, date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  // The offset at the guess may differ from the one at the answer across a DST change: look twice.
  let t = wall - utcOffsetMinutes(timeZone, new Date(wall)) * 60_000;
  t = wall - utcOffsetMinutes(timeZone, new Date(t)) * 60_000;
  return new Date(t);
}

/** `date` (YYYY-MM-DD) moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Whether `timeZone` is a whole number of hours from UTC all through [from, to): only then do hourly
 * UTC rows add up to its days exactly. Sampled once a day and at the end: zones change offset at most twice a year.
 */
export function hasWholeHourOffsets(timeZone: string, from: Date, to: Date): boolean {
  for (let t = from.getTime(); t < to.getTime(); t += 86_400_000) {
    if (utcOffsetMinutes(timeZone, new Date(t)) % 60 !== 0) return false;
  }
  return utcOffsetMinutes(timeZone, new Date(to.getTime() - 1)) % 60 === 0;
}

/** Local wall-clock time of `at` in `timeZone`, as YYYY-MM-DDTHH:MM. */
export function localDateTimeOf(timeZone: string, at: Date): string {
  const f = localFields(timeZone, at);
  return `${localDateOf(timeZone, at)}T${String(f.hour).padStart(2, '0')}:${String(f.minute).padStart(2, '0')}`;
}
