import { getActivationFunnelRoute } from './get-activation-funnel';
import { getOnboardingPathRoute } from './get-onboarding-path';
import { listMyOnboardingRoute } from './list-my-onboarding';
import { recordOnboardingStepRoute } from './record-onboarding-step';
import { setOnboardingPathRoute } from './set-onboarding-path';
import { mountRoutes } from '../mount-routes';

/** Programs' onboarding paths: the advertiser writes them and reads the funnel; affiliates follow them. */
export const onboardingRoutes = mountRoutes([
  getOnboardingPathRoute,
  setOnboardingPathRoute,
  getActivationFunnelRoute,
  listMyOnboardingRoute,
  recordOnboardingStepRoute,
]);
