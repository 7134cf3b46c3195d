import { exportAffiliateReportRoute, exportOrgReportRoute, exportPlatformReportRoute } from './export-report';
import { getAffiliateReportRoute } from './get-affiliate-report';
import { getDiscountSummaryRoute } from './get-discount-summary';
import { getOrgReportRoute } from './get-org-report';
import { getPlatformReportRoute } from './get-platform-report';
import { listAffiliateTotalsRoute } from './list-affiliate-totals';
import { listMyProgramTotalsRoute } from './list-my-program-totals';
import { mountRoutes } from '../mount-routes';

/** Reports over the hourly rollups for advertisers, affiliates and platform staff, and lifetime totals. */
export const statsRoutes = mountRoutes([
  getOrgReportRoute,
  getDiscountSummaryRoute,
  getAffiliateReportRoute,
  getPlatformReportRoute,
  listAffiliateTotalsRoute,
  listMyProgramTotalsRoute,
  exportOrgReportRoute,
  exportAffiliateReportRoute,
  exportPlatformReportRoute,
]);
