import { createPlanRoute } from './create-plan';
import { getPlatformSettingsRoute } from './get-platform-settings';
import { getQueueHealthRoute } from './get-queue-health';
import { listPlansRoute } from './list-plans';
import { listPlatformOrganizationsRoute } from './list-organizations';
import { listPayoutMinimumsRoute } from './list-payout-minimums';
import { setOrganizationPlanRoute } from './set-organization-plan';
import { setPayoutMinimumsRoute } from './set-payout-minimums';
import { updatePlanRoute } from './update-plan';
import { updatePlatformSettingsRoute } from './update-platform-settings';
import { mountRoutes } from '../mount-routes';

/** Platform-wide views for staff: every tenant, the health of the queues, the payout minimums, the plans, the install's settings. */
export const platformRoutes = mountRoutes([
  listPlatformOrganizationsRoute,
  getQueueHealthRoute,
  listPayoutMinimumsRoute,
  setPayoutMinimumsRoute,
  listPlansRoute,
  createPlanRoute,
  updatePlanRoute,
  setOrganizationPlanRoute,
  getPlatformSettingsRoute,
  updatePlatformSettingsRoute,
]);
