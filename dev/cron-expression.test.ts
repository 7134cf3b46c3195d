import { describe, expect, it, test } from 'vitest';
import { cronMatches, nextCronRun, parseCron } from './cron-expression';

const at = (iso: string) => new Date(iso);

describe('cronMatches (UTC)', () => {
  test.each([
    { cron: '* * * * *', time: '2026-11-24T12:34:00Z', fires: true },
    { cron: '*/10 * * * *', time: '2026-11-24T12:30:00Z', fires: true },
    { cron: '*/10 * * * *', time: '2026-11-24T12:31:00Z', fires: false },
    { cron: '5 * * * *', time: '2026-11-24T07:05:00Z', fires: true },
    { cron: '5 * * * *', time: '2026-11-24T07:06:00Z', fires: false },
    { cron: '17 3 * * *', time: '2026-11-24T03:17:00Z', fires: true },
    { cron: '17 3 * * *', time: '2026-11-24T04:17:00Z', fires: false },
    { cron: '30 4 * * *', time: '2026-11-24T04:30:59Z', fires: true },
    { cron: '0 9-17/4 * * *', time: '2026-11-24T13:00:00Z', fires: true },
    { cron: '0 9-17/4 * * *', time: '2026-11-24T15:00:00Z', fires: false },
    { cron: '0,30 * * * *', time: '2026-11-24T15:30:00Z', fires: true },
    { cron: '5/20 * * * *', time: '2026-11-24T15:45:00Z', fires: true },
    { cron: '0 0 1 * *', time: '2026-12-01T00:00:00Z', fires: true },
    { cron: '0 0 * 2 *', time: '2026-12-01T00:00:00Z', fires: false },
    // Day of week: 2026-11-29 is a Sunday (0 and 7).
    { cron: '0 0 * * 0', time: '2026-11-29T00:00:00Z', fires: true },
    { cron: '0 0 * * 7', time: '2026-11-29T00:00:00Z', fires: true },
    { cron: '0 0 * * 1-5', time: '2026-11-29T00:00:00Z', fires: false },
    // Both day fields restricted: either matches (cron's OR rule).
    { cron: '0 0 1 * 0', time: '2026-11-29T00:00:00Z', fires: true },
    { cron: '0 0 1 * 0', time: '2026-11-30T00:00:00Z', fires: false },
  ])('$cron at $time → $fires', ({ cron, time, fires }) => expect(cronMatches(parseCron(cron), at(time))).toBe(fires));
});

describe('parseCron refuses what it cannot read', () => {
  test.each([
    ['* * * *', /5 fields/],
    ['60 * * * *', /outside 0–59/],
    ['* 24 * * *', /outside 0–23/],
    ['* * 0 * *', /outside 1–31/],
    ['* * * 13 *', /outside 1–12/],
    ['* * * * 8', /outside 0–7/],
    ['*/0 * * * *', /outside 1–59/],
    ['5-1 * * * *', /backwards/],
    ['* * * JAN *', /not a number/],
    ['* * L * *', /not a number/],
    ['1,,2 * * * *', /bad minute/],
  ])('%s', (cron, message) => expect(() => parseCron(cron)).toThrow(message));
});

describe('nextCronRun', () => {
  test.each([
    { cron: '* * * * *', after: '2026-11-24T12:34:56Z', next: '2026-11-24T12:35:00.000Z' },
    { cron: '*/10 * * * *', after: '2026-11-24T12:30:00Z', next: '2026-11-24T12:40:00.000Z' },
    { cron: '5 * * * *', after: '2026-11-24T23:06:00Z', next: '2026-11-25T00:05:00.000Z' },
    { cron: '17 3 * * *', after: '2026-11-24T03:17:00Z', next: '2026-11-25T03:17:00.000Z' },
    { cron: '0 0 29 2 *', after: '2026-03-01T00:00:00Z', next: '2028-02-29T00:00:00.000Z' },
  ])('$cron after $after → $next', ({ cron, after, next }) =>
    expect(nextCronRun(parseCron(cron), at(after)).toISOString()).toBe(next),
  );

  it('throws for a cron that never fires', () =>
    expect(() => nextCronRun(parseCron('0 0 31 2 *'), at('2026-01-01T00:00:00Z'))).toThrow(/never/));
});
