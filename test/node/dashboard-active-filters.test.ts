import { describe, expect, test } from 'vitest';
import { activeFilterCount } from '../../dashboard/src/lib/active-filters';

type Search = {
  range?: '7d' | '30d' | 'custom';
  from?: string;
  to?: string;
  status?: string;
  program?: string;
  q?: string;
  sort?: string;
};
const KEYS = ['status', 'program', 'q'] as const;

describe('the count on the phones’ Filters button', () => {
  test.each<[string, Search, number]>([
    ['nothing set', {}, 0],
    ['the default period is not a filter', { range: '30d' }, 0],
    ['another period is', { range: '7d' }, 1],
    ['a custom period counts once, not per bound', { range: 'custom', from: '2026-01-01', to: '2026-01-31' }, 1],
    ['each named filter with a value', { status: 'approved', program: 'p' }, 2],
    ['an emptied search text is not', { q: '' }, 0],
    ['the sort order only reorders the rows', { sort: 'amount' }, 0],
    ['all together', { range: '7d', status: 'approved', program: 'p', q: 'cus', sort: 'amount' }, 4],
  ])('%s', (_, search, count) => {
    expect(activeFilterCount(search, KEYS)).toBe(count);
  });
});
