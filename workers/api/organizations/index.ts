import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { createOrganizationRoute } from './create-organization';
import { getOnboardingRoute } from './get-onboarding';
import { getOrganizationRoute } from './get-organization';
import { getOrganizationPlanRoute } from './get-plan';
import { listOrganizationsRoute } from './list-organizations';
import { setTwoFactorRequirementRoute } from './set-two-factor-requirement';
import { updateOrganizationRoute } from './update-organization';

/** The organizations routes; each operation lives in its own file and is mounted here. */
export const organizationsRoutes = new OpenAPIHono<AppEnv>()
  .route('/', listOrganizationsRoute)
  .route('/', createOrganizationRoute)
  .route('/', getOrganizationRoute)
  .route('/', updateOrganizationRoute)
  .route('/', setTwoFactorRequirementRoute)
  .route('/', getOnboardingRoute)
  .route('/', getOrganizationPlanRoute);
