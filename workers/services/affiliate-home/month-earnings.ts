import type { ServiceCall } from '../../context';
import { runAffiliateReport } from '../stats';
import type { HomePeriods } from './period';

export interface MonthEarnings {
  currency: string;
  /** Every level: the affiliate's own traffic (level 0) and its recruits' (upline levels). */
  thisMonthMinor: number;
  /** The recruits' part of it (levels 1 and up). */
  thisMonthRecruitsMinor: number;
  lastMonthMinor: number;
  lastMonthRecruitsMinor: number;
}

/**
 * This month's and last month's earnings in the request's advertiser context, per currency: the stats
 * report's earnings by level, summed, with the recruits' part apart, as the Stats page shows them.
 */
export async function readMonthEarnings({
  ctx,
  input,
}: ServiceCall<{ timeZone: string; periods: HomePeriods }>): Promise<MonthEarnings[]> {
  const total = async (period: { from: string; to: string }) => {
    const report = await runAffiliateReport({
      ctx,
      input: { query: { ...period, tz: input.timeZone, granularity: 'total', limit: 1 } },
    });
    const sums = new Map<string, { all: number; recruits: number }>();
    for (const e of report.earningsByLevel ?? []) {
      const sum = sums.get(e.currency) ?? { all: 0, recruits: 0 };
      sum.all += e.amountMinor;
      if (e.level > 0) sum.recruits += e.amountMinor;
      sums.set(e.currency, sum);
    }
    return sums;
  };
  const [current, last] = [await total(input.periods.thisMonth), await total(input.periods.lastMonth)];
  const currencies = [...new Set([...current.keys(), ...last.keys()])].sort();
  return currencies.map((currency) => ({
    currency,
    thisMonthMinor: current.get(currency)?.all ?? 0,
    thisMonthRecruitsMinor: current.get(currency)?.recruits ?? 0,
    lastMonthMinor: last.get(currency)?.all ?? 0,
    lastMonthRecruitsMinor: last.get(currency)?.recruits ?? 0,
  }));
}
