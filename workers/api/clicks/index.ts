import { getClickRoute } from './get-click';
import { getMyClickRoute } from './get-my-click';
import { getPlatformClickRoute } from './get-platform-click';
import { listClicksRoute } from './list-clicks';
import { listMyClicksRoute } from './list-my-clicks';
import { listPlatformClicksRoute } from './list-platform-clicks';
import { mountRoutes } from '../mount-routes';

/** The click log and the per-click explanation, for the advertiser, the affiliate and platform staff. */
export const clicksRoutes = mountRoutes([
  listClicksRoute,
  getClickRoute,
  listMyClicksRoute,
  getMyClickRoute,
  listPlatformClicksRoute,
  getPlatformClickRoute,
]);
