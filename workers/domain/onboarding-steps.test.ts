import { describe, expect, test } from 'vitest';
import { type OnboardingFacts, onboardingSteps, settledSteps } from './onboarding-steps';

const empty: OnboardingFacts = { apps: 0, activeApiKeys: 0, programs: 0, affiliates: 0, lastEventSource: null };

describe('onboardingSteps: each step by its own condition', () => {
  test.each([
    { label: 'nothing yet', facts: {}, expected: ['todo', 'todo', 'todo', 'todo', 'todo'], settled: 0 },
    {
      label: 'an app and a key, no event yet',
      facts: { apps: 1, activeApiKeys: 1 },
      expected: ['done', 'done', 'todo', 'todo', 'todo'],
      settled: 2,
    },
    {
      label: 'an event through the API while a key is live',
      facts: { apps: 1, activeApiKeys: 2, lastEventSource: 'api' },
      expected: ['done', 'done', 'done', 'todo', 'todo'],
      settled: 3,
    },
    {
      label: 'an API event, then every key revoked: the event happened, the key step is open again',
      facts: { apps: 1, activeApiKeys: 0, lastEventSource: 'api' },
      expected: ['done', 'todo', 'done', 'todo', 'todo'],
      settled: 2,
    },
    {
      label: 'an S2S postback and no key: the key is not needed',
      facts: { apps: 1, programs: 1, lastEventSource: 'postback' },
      expected: ['done', 'not_needed', 'done', 'done', 'todo'],
      settled: 4,
    },
    {
      label: 'a Stripe webhook and no key: the key is not needed',
      facts: { apps: 1, lastEventSource: 'stripe' },
      expected: ['done', 'not_needed', 'done', 'todo', 'todo'],
      settled: 3,
    },
    {
      label: 'a postback while a key is live: the key step is done',
      facts: { apps: 1, activeApiKeys: 1, lastEventSource: 'postback' },
      expected: ['done', 'done', 'done', 'todo', 'todo'],
      settled: 3,
    },
    {
      label: 'affiliates joined before any integration (a later step first)',
      facts: { apps: 1, programs: 1, affiliates: 11 },
      expected: ['done', 'todo', 'todo', 'done', 'done'],
      settled: 3,
    },
  ] as { label: string; facts: Partial<OnboardingFacts>; expected: string[]; settled: number }[])(
    '$label',
    ({ facts, expected, settled }) => {
      const steps = onboardingSteps({ ...empty, ...facts });
      expect([steps.app, steps.apiKey, steps.integrate, steps.program, steps.affiliates]).toEqual(expected);
      expect(settledSteps(steps)).toBe(settled);
    },
  );
});
