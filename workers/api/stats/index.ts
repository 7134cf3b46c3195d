import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { exportAffiliateReportRoute, exportOrgReportRoute, exportPlatformReportRoute } from './export-report';
import { getAffiliateReportRoute } from './get-affiliate-report';
import { getDiscountSummaryRoute } from './get-discount-summary';
import { getOrgReportRoute } from './get-org-report';
import { getPlatformReportRoute } from './get-platform-report';
import { listAffiliateTotalsRoute } from './list-affiliate-totals';
import { listMyProgramTotalsRoute } from './list-my-program-totals';

/** Reports over the hourly rollups for advertisers, affiliates and platform staff, and lifetime totals. */
export const statsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getOrgReportRoute)
  .route('/', getDiscountSummaryRoute)
  .route('/', getAffiliateReportRoute)
  .route('/', getPlatformReportRoute)
  .route('/', listAffiliateTotalsRoute)
  .route('/', listMyProgramTotalsRoute)
  .route('/', exportOrgReportRoute)
  .route('/', exportAffiliateReportRoute)
  .route('/', exportPlatformReportRoute);
