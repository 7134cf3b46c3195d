export { previousRange } from './chart-series';
export { ComparedPeriod } from './compared-period';
export { DeltaText } from './delta-text';
export { DiscountCards } from './discount-cards';
export { MoneyCards } from './money-cards';
export { downloadStatsCsv, useMyClick, useStatsBreakdown, useStatsReport } from './queries/affiliate-stats';
export type { StatsReport, StatsRow } from './queries/affiliate-stats';
export { useAffiliateReport } from './queries/org-affiliate-report';
export {
  discountSummaryQueryOptions,
  downloadOrgReportCsv,
  useOrgBreakdown,
  useOrgReport,
} from './queries/org-stats';
export type { OrgReport, OrgStatsQuery } from './queries/org-stats';
export { orgOverviewReports, useOrgOverviewReports } from './queries/org-overview-reports';
export {
  affiliateStatsPageQueries,
  orgStatsPageQueries,
  prefetchStatsPage,
  useStatsPage,
} from './queries/stats-page';
export { importMetricChart } from './metric-chart-import';
export { StatCard } from './stat-card';
export { StatsBreakdown } from './stats-breakdown';
export { StatsChart } from './stats-chart';
export { StatsFilters } from './stats-filters';
export { StatsHeadline } from './stats-headline';
export { BREAKDOWNS, DEVICES, OWNER_BREAKDOWNS, SUB_KEYS } from './stats-lists';
export { allowedBreakdowns, baseStatsQuery, breakdownOf, breakdownRequest, reportTimeZone } from './stats-options';
export type { Breakdown, StatsSearch } from './stats-options';
export { useDeviceLabel } from './use-device-label';
export { useMoneyColumns } from './use-money-columns';
