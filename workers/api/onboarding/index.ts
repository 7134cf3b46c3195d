import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../types';
import { getActivationFunnelRoute } from './get-activation-funnel';
import { getOnboardingPathRoute } from './get-onboarding-path';
import { listMyOnboardingRoute } from './list-my-onboarding';
import { recordOnboardingStepRoute } from './record-onboarding-step';
import { setOnboardingPathRoute } from './set-onboarding-path';

/** Programs' onboarding paths: the advertiser writes them and reads the funnel; affiliates follow them. */
export const onboardingRoutes = new OpenAPIHono<AppEnv>()
  .route('/', getOnboardingPathRoute)
  .route('/', setOnboardingPathRoute)
  .route('/', getActivationFunnelRoute)
  .route('/', listMyOnboardingRoute)
  .route('/', recordOnboardingStepRoute);
