import { describe, expect, test } from 'vitest';
import { activationFunnel, type Joiner, median } from './activation-funnel';

const HOUR = 3_600_000;
const joiner = (joined: string, reached: Record<string, number | null>): Joiner => {
  const joinedAt = new Date(joined);
  return {
    joinedAt,
    reached: new Map(
      Object.entries(reached).map(([id, hours]) => [
        id,
        hours === null ? null : new Date(joinedAt.getTime() + hours * HOUR),
      ]),
    ),
  };
};

describe('median', () => {
  test.each<[number[], number | null]>([
    [[], null],
    [[5], 5],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 3], // (2 + 3) / 2 = 2.5, rounded
  ])('%j → %s', (values, expected) => expect(median(values)).toBe(expected));
});

describe('activationFunnel', () => {
  const joiners = [
    joiner('2026-01-10T00:00:00Z', { link: 1, click: 3, conversion: 48 }),
    joiner('2026-01-20T00:00:00Z', { link: 5, click: null }),
    joiner('2026-01-31T23:00:00Z', {}),
    joiner('2026-02-01T00:00:00Z', { link: -2 }),
  ];
  const funnel = activationFunnel(joiners, ['link', 'click', 'conversion']);

  test('groups by the UTC month joined, newest first, with every month together', () => {
    expect(funnel.cohorts.map((c) => [c.month, c.joined])).toEqual([
      ['2026-02', 1],
      ['2026-01', 3],
    ]);
    expect(funnel.total.joined).toBe(4);
  });

  test('counts reaches, the share of the step before in basis points, and the median time', () => {
    const january = funnel.cohorts[1]!;
    expect(january.steps).toEqual([
      { stepId: 'link', reached: 2, fromPreviousBps: null, medianSeconds: 3 * 3600 },
      // One click with its time aged out counts as reached, without a time.
      { stepId: 'click', reached: 2, fromPreviousBps: 10_000, medianSeconds: 3 * 3600 },
      { stepId: 'conversion', reached: 1, fromPreviousBps: 5_000, medianSeconds: 48 * 3600 },
    ]);
  });

  test('a step reached before joining took no time, and after a step nobody reached there is no share', () => {
    const february = funnel.cohorts[0]!;
    expect(february.steps[0]).toEqual({ stepId: 'link', reached: 1, fromPreviousBps: null, medianSeconds: 0 });
    expect(february.steps[1]).toMatchObject({ reached: 0, fromPreviousBps: 0 });
    expect(february.steps[2]).toMatchObject({ reached: 0, fromPreviousBps: null, medianSeconds: null });
  });
});
