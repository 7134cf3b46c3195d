import { describe, expect, it } from 'vitest';
import { leaderboardFrom, leaderboardName, maskName } from './leaderboard';

describe('leaderboardFrom', () => {
  const now = new Date('2026-03-05T17:45:00Z');
  it.each([
    ['last_7_days', '2026-02-27T00:00:00.000Z'],
    ['last_30_days', '2026-02-04T00:00:00.000Z'],
    ['this_month', '2026-03-01T00:00:00.000Z'],
  ] as const)('%s starts at %s (UTC midnight, today included)', (period, from) => {
    expect(leaderboardFrom(period, now)?.toISOString()).toBe(from);
  });
  it('all time has no start', () => expect(leaderboardFrom('all_time', now)).toBeNull());
  it('a month starts on its first even just after midnight UTC', () => {
    expect(leaderboardFrom('this_month', new Date('2026-04-01T00:00:01Z'))?.toISOString()).toBe(
      '2026-04-01T00:00:00.000Z',
    );
  });
});

describe('maskName and leaderboardName', () => {
  it.each([
    ['Ada', 'A•••a'],
    ['  bob ', 'B•••b'],
    ['Ё', 'Ё•••'],
    ['Éloïse', 'É•••e'],
    ['', '•••'],
  ])('masks %j as %j', (name, masked) => expect(maskName(name)).toBe(masked));

  it.each([
    ['a name', 'Ada', 'Lovelace', false, 'Ada L.'],
    ['a masked name', 'Ada', 'Lovelace', true, 'A•••a'],
    ['no last name', 'Ada', null, false, 'Ada'],
    ['no name at all', null, 'Lovelace', false, null],
    ['no name, masked', null, null, true, null],
  ] as const)('%s → %j', (_label, first, last, masked, shown) => {
    expect(leaderboardName(first, last, masked)).toBe(shown);
  });
});
