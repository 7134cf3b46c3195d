import { exportClicksRoute, exportMyClicksRoute, exportPlatformClicksRoute } from './export-clicks';
import { exportCommissionsRoute, exportMyCommissionsRoute, exportPlatformCommissionsRoute } from './export-commissions';
import { exportConversionsRoute, exportMyConversionsRoute, exportPlatformConversionsRoute } from './export-conversions';
import { mountRoutes } from '../mount-routes';

/**
 * Streamed CSV exports of clicks, conversions and commission lines for each reader: the
 * advertiser, the affiliate (its own rows) and platform staff; the lists' filters apply.
 */
export const exportsRoutes = mountRoutes([
  exportClicksRoute,
  exportConversionsRoute,
  exportCommissionsRoute,
  exportMyClicksRoute,
  exportMyConversionsRoute,
  exportMyCommissionsRoute,
  exportPlatformClicksRoute,
  exportPlatformConversionsRoute,
  exportPlatformCommissionsRoute,
]);
