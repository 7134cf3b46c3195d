import type { ServiceCall } from '../../context';
import { runAffiliateReport } from '../stats';
import type { HomePeriods } from './period';

export interface MonthEarnings {
  currency: string;
  thisMonthMinor: number;
  lastMonthMinor: number;
}

/**
 * This month's and last month's earnings in the request's advertiser context, per currency: the stats
 * report's earnings by level (your traffic and your recruits'), summed, as the Stats page shows them.
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
    const sums = new Map<string, number>();
    for (const e of report.earningsByLevel ?? []) sums.set(e.currency, (sums.get(e.currency) ?? 0) + e.amountMinor);
    return sums;
  };
  const [current, last] = [await total(input.periods.thisMonth), await total(input.periods.lastMonth)];
  const currencies = [...new Set([...current.keys(), ...last.keys()])].sort();
  return currencies.map((currency) => ({
    currency,
    thisMonthMinor: current.get(currency) ?? 0,
    lastMonthMinor: last.get(currency) ?? 0,
  }));
}
