import { createOrganizationRoute } from './create-organization';
import { getOnboardingRoute } from './get-onboarding';
import { getOrganizationRoute } from './get-organization';
import { getOrganizationPlanRoute } from './get-plan';
import { listOrganizationsRoute } from './list-organizations';
import { setTwoFactorRequirementRoute } from './set-two-factor-requirement';
import { updateOrganizationRoute } from './update-organization';
import { mountRoutes } from '../mount-routes';

/** The organizations routes; each operation lives in its own file and is mounted here. */
export const organizationsRoutes = mountRoutes([
  listOrganizationsRoute,
  createOrganizationRoute,
  getOrganizationRoute,
  updateOrganizationRoute,
  setTwoFactorRequirementRoute,
  getOnboardingRoute,
  getOrganizationPlanRoute,
]);
