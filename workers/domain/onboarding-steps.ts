/**
 * The getting-started checklist's rule. Each step is judged by its own condition from the organization's
 * data, never by its neighbours: the order on the page is a suggestion, and a later step may be done first.
 * The one step another can make unnecessary is the API key: events reported by S2S postback or Stripe
 * webhook need no key, so once such an event has arrived and there is no live key, the key step says it
 * is not needed rather than pretending it is done or blocking the rest.
 */
export const ONBOARDING_STEPS = ['app', 'apiKey', 'integrate', 'program', 'affiliates'] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export const ONBOARDING_STEP_STATES = ['done', 'todo', 'not_needed'] as const;
export type OnboardingStepState = (typeof ONBOARDING_STEP_STATES)[number];

/** The path a real event came in by: a signed API request, an S2S postback or a billing provider's webhook. */
export const INTEGRATION_SOURCES = ['api', 'postback', 'stripe', 'paddle', 'lemon_squeezy', 'billing_webhook'] as const;
export type IntegrationSource = (typeof INTEGRATION_SOURCES)[number];

export interface OnboardingFacts {
  apps: number;
  activeApiKeys: number;
  programs: number;
  /** People, not enrollments: distinct affiliates with an active enrollment in any program. */
  affiliates: number;
  /** How the latest real event arrived; null before the first. */
  lastEventSource: IntegrationSource | null;
}

export function onboardingSteps(facts: OnboardingFacts): Record<OnboardingStep, OnboardingStepState> {
  // Only the signed API needs an API key; postbacks and billing webhooks have their own secrets.
  const keyless = facts.lastEventSource !== null && facts.lastEventSource !== 'api';
  return {
    app: facts.apps > 0 ? 'done' : 'todo',
    apiKey: facts.activeApiKeys > 0 ? 'done' : keyless ? 'not_needed' : 'todo',
    integrate: facts.lastEventSource !== null ? 'done' : 'todo',
    program: facts.programs > 0 ? 'done' : 'todo',
    affiliates: facts.affiliates > 0 ? 'done' : 'todo',
  };
}

/** Steps that need nothing more: done, or made unnecessary by another. */
export const settledSteps = (steps: Record<OnboardingStep, OnboardingStepState>): number =>
  ONBOARDING_STEPS.filter((step) => steps[step] !== 'todo').length;
