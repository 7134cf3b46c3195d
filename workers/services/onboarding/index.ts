export { type ActivationFunnel, getActivationFunnel } from './get-activation-funnel';
export { getOnboardingPath } from './get-onboarding-path';
export { listMyOnboarding, type MyOnboarding } from './list-my-onboarding';
export { recordOnboardingStep } from './record-onboarding-step';
export { setOnboardingPath } from './set-onboarding-path';

// Steps other areas take inside their own verbs; routes, consumers and cron call only the verbs above.
export { keepFirstLink } from './keep-first-link';
