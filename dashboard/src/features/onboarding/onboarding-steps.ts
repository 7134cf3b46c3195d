// The API judges each step by the rule in workers/domain/onboarding-steps.ts; the page only shows its answer.
export {
  ONBOARDING_STEPS,
  type OnboardingStep,
  type OnboardingStepState,
  settledSteps,
} from '@domain/onboarding-steps';
