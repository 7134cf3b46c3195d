import { addDays, localDateOf } from '../../domain/stats-time-zone';

/** The home's local dates: this month so far, last month whole, and the last 30 days ("this period"). */
export interface HomePeriods {
  today: string;
  thisMonth: { from: string; to: string };
  lastMonth: { from: string; to: string };
  recent: { from: string; to: string };
}

export function homePeriods(timeZone: string, now: Date): HomePeriods {
  const today = localDateOf(timeZone, now);
  const monthStart = `${today.slice(0, 8)}01`;
  const lastMonthEnd = addDays(monthStart, -1);
  return {
    today,
    thisMonth: { from: monthStart, to: today },
    lastMonth: { from: `${lastMonthEnd.slice(0, 8)}01`, to: lastMonthEnd },
    recent: { from: addDays(today, -29), to: today },
  };
}
