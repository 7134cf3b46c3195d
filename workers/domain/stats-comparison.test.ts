import { describe, expect, test } from 'vitest';
import { likeForLike } from './stats-comparison';

const at = (iso: string) => new Date(iso);
const period = (from: string, to: string) => ({ from: at(from), to: at(to) });
const iso = (p: { from: Date; to: Date }) => [p.from.toISOString(), p.to.toISOString()];

describe('likeForLike: a running period against the same elapsed part of the one before', () => {
  test.each([
    {
      label: 'today at 14:20 UTC against yesterday 00:00–15:00',
      current: ['2026-11-24T00:00:00Z', '2026-11-25T00:00:00Z'],
      previous: ['2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z'],
      now: '2026-11-24T14:20:00Z',
      expected: {
        current: ['2026-11-24T00:00:00.000Z', '2026-11-24T15:00:00.000Z'],
        previous: ['2026-11-23T00:00:00.000Z', '2026-11-23T15:00:00.000Z'],
        partial: true,
      },
    },
    {
      label: 'on the hour: the hour just begun is not counted yet',
      current: ['2026-11-24T00:00:00Z', '2026-11-25T00:00:00Z'],
      previous: ['2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z'],
      now: '2026-11-24T14:00:00Z',
      expected: {
        current: ['2026-11-24T00:00:00.000Z', '2026-11-24T14:00:00.000Z'],
        previous: ['2026-11-23T00:00:00.000Z', '2026-11-23T14:00:00.000Z'],
        partial: true,
      },
    },
    {
      label: 'today in New York (UTC−5) at 09:20 local: the local hours 00:00–10:00 of both days',
      current: ['2026-11-24T05:00:00Z', '2026-11-25T05:00:00Z'],
      previous: ['2026-11-23T05:00:00Z', '2026-11-24T05:00:00Z'],
      now: '2026-11-24T14:20:00Z',
      expected: {
        current: ['2026-11-24T05:00:00.000Z', '2026-11-24T15:00:00.000Z'],
        previous: ['2026-11-23T05:00:00.000Z', '2026-11-23T15:00:00.000Z'],
        partial: true,
      },
    },
    {
      label: 'this month so far (24 days) against the first 24 days of the month before',
      current: ['2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z'],
      previous: ['2026-10-02T00:00:00Z', '2026-11-01T00:00:00Z'],
      now: '2026-11-24T23:30:00Z',
      expected: {
        current: ['2026-11-01T00:00:00.000Z', '2026-11-25T00:00:00.000Z'],
        previous: ['2026-10-02T00:00:00.000Z', '2026-10-26T00:00:00.000Z'],
        partial: true,
      },
    },
    {
      label: 'a period already over is compared whole',
      current: ['2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z'],
      previous: ['2026-11-22T00:00:00Z', '2026-11-23T00:00:00Z'],
      now: '2026-11-24T14:20:00Z',
      expected: {
        current: ['2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z'],
        previous: ['2026-11-22T00:00:00.000Z', '2026-11-23T00:00:00.000Z'],
        partial: false,
      },
    },
    {
      label: 'ending in the last hour now running: partial up to its end, which is the whole period',
      current: ['2026-11-24T00:00:00Z', '2026-11-25T00:00:00Z'],
      previous: ['2026-11-23T00:00:00Z', '2026-11-24T00:00:00Z'],
      now: '2026-11-24T23:59:00Z',
      expected: {
        current: ['2026-11-24T00:00:00.000Z', '2026-11-25T00:00:00.000Z'],
        previous: ['2026-11-23T00:00:00.000Z', '2026-11-24T00:00:00.000Z'],
        partial: false,
      },
    },
    {
      label: 'a period not begun yet is not running: whole periods',
      current: ['2026-11-26T00:00:00Z', '2026-11-27T00:00:00Z'],
      previous: ['2026-11-25T00:00:00Z', '2026-11-26T00:00:00Z'],
      now: '2026-11-24T14:20:00Z',
      expected: {
        current: ['2026-11-26T00:00:00.000Z', '2026-11-27T00:00:00.000Z'],
        previous: ['2026-11-25T00:00:00.000Z', '2026-11-26T00:00:00.000Z'],
        partial: false,
      },
    },
  ])('$label', ({ current, previous, now, expected }) => {
    const result = likeForLike({
      current: period(current[0]!, current[1]!),
      previous: period(previous[0]!, previous[1]!),
      now: at(now),
    });
    expect({ current: iso(result.current), previous: iso(result.previous), partial: result.partial }).toEqual(expected);
  });
});
