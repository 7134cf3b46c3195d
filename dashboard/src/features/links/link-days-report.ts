import type { LinkAnalytics } from './queries/links';

const NO_METRICS = {
  visitors: null,
  uniqueClicks: null,
  rejectedClicks: null,
  rebills: null,
  refunds: null,
  cancellations: null,
  pendingConversions: null,
  flaggedConversions: null,
  rejectedConversions: null,
  cr: null,
  crUnique: null,
};

/**
 * A link's days as the stats chart's report: one row per local day with traffic, in the zone the API counted
 * the days in (the viewer's, as on every other report), which the chart names on its axis and in its tooltips.
 */
export function linkDaysReport(data: Pick<LinkAnalytics, 'days' | 'timeZone'>) {
  return {
    granularity: 'day' as const,
    timeZone: data.timeZone,
    rows: data.days.map((d) => ({
      bucketLocal: `${d.date}T00:00`,
      dimensions: {},
      metrics: { ...NO_METRICS, clicks: d.clicks, leads: d.leads, sales: d.sales },
    })),
  };
}
