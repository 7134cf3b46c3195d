import type { Onboarding } from '../../queries/org-onboarding';

export const ONBOARDING_STEPS = ['app', 'apiKey', 'integrate', 'program', 'affiliates'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** Which steps the organization's own data shows as done (nothing is ticked by hand). */
export function stepsDone(progress: Onboarding): Record<OnboardingStep, boolean> {
  return {
    app: progress.apps > 0,
    apiKey: progress.activeApiKeys > 0,
    integrate: progress.lastConversionAt !== null,
    program: progress.programs > 0,
    affiliates: progress.enrollments > 0,
  };
}

export const doneCount = (done: Record<OnboardingStep, boolean>): number =>
  ONBOARDING_STEPS.filter((step) => done[step]).length;
