import type { DateRangeSearch } from './date-range';

/**
 * How many filters a list's URL sets, for the count on the phones' "Filters" button: the period when it is not
 * the default last 30 days, and each named filter with a value. Sort order and tabs change the view, not the rows
 * shown, so they are not named.
 */
export function activeFilterCount<S extends object>(search: S & DateRangeSearch, keys: readonly (keyof S)[]): number {
  const period = search.range !== undefined && search.range !== '30d' ? 1 : 0;
  return period + keys.filter((key) => search[key] !== undefined && search[key] !== '').length;
}
