export type { EnrollmentTotals, EnrollmentTotalsQuery } from './enrollment-totals';
export { listAffiliateTotals } from './list-affiliate-totals';
export { listMyProgramTotals } from './list-my-program-totals';
export { runAffiliateReport } from './run-affiliate-report';
export { runReport, type RunReportInput } from './run-report';
export type {
  AdvertiserMoney,
  AdvertiserReport,
  AffiliateMoney,
  AffiliateReport,
  ReportMetrics,
  ReportRow,
} from './types';
export { type RebuildStatsInput, type RebuildStatsResult, rebuildStats } from './rebuild-stats';
export { type ExportReportInput, exportReport } from './export-report';
export { type DeriveClickRollupsResult, deriveClickRollups } from './derive-click-rollups';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { type ConversionStatsChange, refreshConversionStats } from './refresh-conversion-stats';
export { countUnconvertedLine } from './count-unconverted-line';
export { refreshCreativeConversions } from './refresh-creative-conversions';
