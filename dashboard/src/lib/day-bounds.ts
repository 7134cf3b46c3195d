import { type DateRangeSearch, resolveDateRange } from './date-range';

// Apart from date-range.ts, which route options load with the first page: only list pages need this.
/** The range's local calendar days as ISO instants, from the first day's start to the last day's end. */
export function isoDayBounds(search: DateRangeSearch): { from: string; to: string } {
  const { from, to } = resolveDateRange(search);
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  return {
    from: new Date(fy!, fm! - 1, fd!).toISOString(),
    to: new Date(new Date(ty!, tm! - 1, td! + 1).getTime() - 1).toISOString(),
  };
}
