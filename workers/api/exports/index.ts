import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { exportClicksRoute, exportMyClicksRoute, exportPlatformClicksRoute } from './export-clicks';
import { exportCommissionsRoute, exportMyCommissionsRoute, exportPlatformCommissionsRoute } from './export-commissions';
import { exportConversionsRoute, exportMyConversionsRoute, exportPlatformConversionsRoute } from './export-conversions';

/**
 * Streamed CSV exports of clicks, conversions and commission lines for each reader: the
 * advertiser, the affiliate (its own rows) and platform staff; the lists' filters apply.
 */
export const exportsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', exportClicksRoute)
  .route('/', exportConversionsRoute)
  .route('/', exportCommissionsRoute)
  .route('/', exportMyClicksRoute)
  .route('/', exportMyConversionsRoute)
  .route('/', exportMyCommissionsRoute)
  .route('/', exportPlatformClicksRoute)
  .route('/', exportPlatformConversionsRoute)
  .route('/', exportPlatformCommissionsRoute);
