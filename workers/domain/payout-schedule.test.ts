import { describe, expect, it } from 'vitest';
import {
  autoApproves,
  dueLines,
  duePeriod,
  nextScheduledRun,
  type PayoutSchedule,
  thresholdMet,
} from './payout-schedule';

const at = (iso: string) => new Date(iso);
const monthly = (dayOfMonth: number, since = '2026-01-01T00:00:00Z'): PayoutSchedule => ({
  kind: 'monthly',
  dayOfMonth,
  since: at(since),
});

describe('duePeriod', () => {
  it.each([
    ['manual is never due', { kind: 'manual' } as PayoutSchedule, '2026-03-15T04:30:00Z', null],
    ['daily is due every day', { kind: 'daily' } as PayoutSchedule, '2026-03-15T04:30:00Z', '2026-03-15'],
    [
      'threshold is checked every day',
      { kind: 'threshold', thresholdMinor: 5_000 } as PayoutSchedule,
      '2026-03-01T04:30:00Z',
      '2026-03-01',
    ],
    ['monthly before its day is not due', monthly(15), '2026-03-14T23:59:59Z', null],
    ['monthly on its day is due for the month', monthly(15), '2026-03-15T00:00:00Z', '2026-03'],
    ['monthly after its day stays due (a missed run catches up)', monthly(15), '2026-03-20T04:30:00Z', '2026-03'],
    ['monthly on the 28th in February', monthly(28), '2026-02-28T04:30:00Z', '2026-02'],
    [
      'monthly set after this month’s day starts next month',
      monthly(5, '2026-03-10T09:00:00Z'),
      '2026-03-11T04:30:00Z',
      null,
    ],
    ['monthly set on its day is due that day', monthly(10, '2026-03-10T09:00:00Z'), '2026-03-11T04:30:00Z', '2026-03'],
    ['monthly set last month is due this month', monthly(5, '2026-02-20T09:00:00Z'), '2026-03-05T04:30:00Z', '2026-03'],
  ])('%s', (_name, schedule, now, period) => {
    expect(duePeriod(schedule, at(now))).toBe(period);
  });
});

describe('thresholdMet', () => {
  it.each([
    [4_999, 5_000, false],
    [5_000, 5_000, true],
    [12_000, 5_000, true],
    [0, 1, false],
    [-100, 1, false],
  ])('balance %i against %i: %s', (balance, threshold, met) => {
    expect(thresholdMet(balance, threshold)).toBe(met);
  });
});

describe('nextScheduledRun', () => {
  it.each([
    ['manual has none', { kind: 'manual' } as PayoutSchedule, '2026-03-10T12:00:00Z', [], null],
    [
      'daily: the next 04:30 UTC',
      { kind: 'daily' } as PayoutSchedule,
      '2026-03-10T12:00:00Z',
      [],
      '2026-03-11T04:30:00.000Z',
    ],
    [
      'threshold: checked at the next 04:30',
      { kind: 'threshold', thresholdMinor: 1 } as PayoutSchedule,
      '2026-03-10T03:00:00Z',
      [],
      '2026-03-10T04:30:00.000Z',
    ],
    ['monthly later this month', monthly(15), '2026-03-10T12:00:00Z', [], '2026-03-15T04:30:00.000Z'],
    [
      'monthly whose month ran: next month',
      monthly(15),
      '2026-03-15T05:00:00Z',
      ['2026-03'],
      '2026-04-15T04:30:00.000Z',
    ],
    ['monthly due but not run yet: the next cron', monthly(15), '2026-03-15T05:00:00Z', [], '2026-03-16T04:30:00.000Z'],
    ['monthly across the year end', monthly(1), '2026-12-02T00:00:00Z', ['2026-12'], '2027-01-01T04:30:00.000Z'],
    [
      'monthly set after its day: next month',
      monthly(5, '2026-03-10T09:00:00Z'),
      '2026-03-10T09:00:00Z',
      [],
      '2026-04-05T04:30:00.000Z',
    ],
  ])('%s', (_name, schedule, now, ran, next) => {
    expect(nextScheduledRun(schedule, at(now), new Set(ran))?.toISOString() ?? null).toBe(next);
  });
});

describe('dueLines', () => {
  const line = (programId: string, affiliateId: string, amountMinor: number, currency = 'USD') => ({
    programId,
    programCurrency: 'USD',
    affiliateId,
    currency,
    amountMinor,
  });
  const lines = [
    line('daily', 'a1', 100),
    line('manual', 'a1', 100),
    line('monthly', 'a1', 300),
    line('monthly', 'a2', 50),
    line('threshold', 'a1', 3_000),
    line('threshold', 'a1', 2_500),
    line('threshold', 'a2', 4_999),
    line('threshold', 'a3', 9_000, 'EUR'),
  ];
  const schedules = new Map<string, PayoutSchedule>([
    ['manual', { kind: 'manual' }],
    ['monthly', monthly(10)],
    ['threshold', { kind: 'threshold', thresholdMinor: 5_000 }],
  ]);

  it('takes daily (no row) lines, a due month whole, and the affiliates over the threshold in its currency', () => {
    const due = dueLines({ lines, schedules, ran: new Set(), now: at('2026-03-10T04:30:00Z') });
    expect(due.lines.map((l) => `${l.programId}/${l.affiliateId}/${l.amountMinor}`)).toEqual([
      'daily/a1/100',
      'monthly/a1/300',
      'monthly/a2/50',
      'threshold/a1/3000',
      'threshold/a1/2500',
    ]);
    expect(due.runs).toEqual([
      { programId: 'monthly', period: '2026-03' },
      { programId: 'threshold', period: '2026-03-10' },
    ]);
  });

  it('takes nothing twice in one period', () => {
    const due = dueLines({
      lines,
      schedules,
      ran: new Set(['monthly 2026-03', 'threshold 2026-03-10']),
      now: at('2026-03-10T04:30:00Z'),
    });
    expect(due.lines.map((l) => l.programId)).toEqual(['daily']);
    expect(due.runs).toEqual([]);
  });

  it('records no run for a threshold nobody met, nor for a month not yet due', () => {
    const due = dueLines({
      lines: [line('threshold', 'a2', 4_999), line('monthly', 'a1', 10)],
      schedules,
      ran: new Set(),
      now: at('2026-03-09T04:30:00Z'),
    });
    expect(due).toEqual({ lines: [], runs: [] });
  });
});

describe('autoApproves', () => {
  it.each([
    [10_000, 10_000, true],
    [10_001, 10_000, false],
    [1, 10_000, true],
    [0, 10_000, false],
    [5_000, null, false],
    [5_000, undefined, false],
  ])('total %i under limit %s: %s', (total, limit, yes) => {
    expect(autoApproves(total, limit)).toBe(yes);
  });
});
