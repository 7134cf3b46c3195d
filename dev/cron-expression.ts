/**
 * The 5-field cron syntax of wrangler.toml's `[triggers] crons` (minute hour day-of-month month
 * day-of-week), evaluated in UTC as Cloudflare does. Supports `*`, numbers, ranges `a-b`, steps
 * `*\/n` and `a-b/n`, and lists `a,b`; day-of-week 0–7 with 0 and 7 both Sunday. Names (JAN, MON)
 * and Cloudflare's L/W/# extensions are refused rather than misread: wrangler.toml uses none.
 */

export interface CronExpression {
  source: string;
  minutes: ReadonlySet<number>;
  hours: ReadonlySet<number>;
  daysOfMonth: ReadonlySet<number>;
  months: ReadonlySet<number>;
  daysOfWeek: ReadonlySet<number>;
  /** Whether day-of-month / day-of-week were `*`: cron ORs the two day fields only when both are restricted. */
  anyDayOfMonth: boolean;
  anyDayOfWeek: boolean;
}

interface Field {
  name: string;
  min: number;
  max: number;
}

const FIELDS: readonly [Field, Field, Field, Field, Field] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12 },
  { name: 'day of week', min: 0, max: 7 },
];

function parseNumber(text: string, field: Field, source: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`cron "${source}": ${field.name} "${text}" is not a number`);
  const n = Number(text);
  if (n < field.min || n > field.max)
    throw new Error(`cron "${source}": ${field.name} ${n} is outside ${field.min}–${field.max}`);
  return n;
}

function parseField(text: string, field: Field, source: string): Set<number> {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined || range === undefined || range === '')
      throw new Error(`cron "${source}": bad ${field.name} "${part}"`);
    const step = stepText === undefined ? 1 : parseNumber(stepText, { ...field, min: 1, max: 59 }, source);
    let from: number;
    let to: number;
    if (range === '*') {
      from = field.min;
      to = field.max;
    } else if (range.includes('-')) {
      const [a, b, more] = range.split('-');
      if (more !== undefined || a === undefined || b === undefined)
        throw new Error(`cron "${source}": bad ${field.name} range "${range}"`);
      from = parseNumber(a, field, source);
      to = parseNumber(b, field, source);
      if (from > to) throw new Error(`cron "${source}": ${field.name} range ${range} runs backwards`);
    } else {
      from = parseNumber(range, field, source);
      // `5/15` means from 5 to the end in steps of 15, as in Vixie cron.
      to = stepText === undefined ? from : field.max;
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

export function parseCron(source: string): CronExpression {
  const fields = source.trim().split(/\s+/);
  if (fields.length !== 5) throw new Error(`cron "${source}": expected 5 fields, got ${fields.length}`);
  const [minute, hour, dom, month, dow] = fields as [string, string, string, string, string];
  const daysOfWeek = parseField(dow, FIELDS[4], source);
  if (daysOfWeek.has(7)) daysOfWeek.add(0);
  return {
    source,
    minutes: parseField(minute, FIELDS[0], source),
    hours: parseField(hour, FIELDS[1], source),
    daysOfMonth: parseField(dom, FIELDS[2], source),
    months: parseField(month, FIELDS[3], source),
    daysOfWeek,
    anyDayOfMonth: dom === '*',
    anyDayOfWeek: dow === '*',
  };
}

/** Whether the cron fires in the UTC minute that contains `at`. */
export function cronMatches(cron: CronExpression, at: Date): boolean {
  if (!cron.minutes.has(at.getUTCMinutes()) || !cron.hours.has(at.getUTCHours())) return false;
  if (!cron.months.has(at.getUTCMonth() + 1)) return false;
  const dom = cron.daysOfMonth.has(at.getUTCDate());
  const dow = cron.daysOfWeek.has(at.getUTCDay());
  if (cron.anyDayOfMonth && cron.anyDayOfWeek) return true;
  if (cron.anyDayOfMonth) return dow;
  if (cron.anyDayOfWeek) return dom;
  return dom || dow;
}

const MINUTE = 60_000;

/** The first minute strictly after `after` at which the cron fires (searches up to 5 years ahead). */
export function nextCronRun(cron: CronExpression, after: Date): Date {
  let t = Math.floor(after.getTime() / MINUTE) * MINUTE + MINUTE;
  const limit = t + 5 * 366 * 24 * 60 * MINUTE;
  for (; t < limit; t += MINUTE) if (cronMatches(cron, new Date(t))) return new Date(t);
  throw new Error(`cron "${cron.source}" never fires`);
}
