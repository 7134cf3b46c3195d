export { HomePathsCard } from './home-paths-card';
export { MyPathCard } from './my-path-card';
export { OnboardingPanel } from './onboarding-panel';
export { onboardingKeys, useOnboarding } from './queries/org-onboarding';
export type { Onboarding } from './queries/org-onboarding';
