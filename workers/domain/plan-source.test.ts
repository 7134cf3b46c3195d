import { describe, expect, test } from 'vitest';
import { type PlanSourceInput, planSource } from './plan-source';

const PRO = 'plan-pro';
const sub = (status: string, planId: string | null = PRO, downgradedAt: Date | null = null) => ({
  status,
  planId,
  downgradedAt,
});

describe('planSource: one answer for the Plan and Billing pages', () => {
  test.each<{ label: string; input: Omit<PlanSourceInput, 'planId'>; expected: string }>([
    {
      label: 'billing off, no subscription',
      input: { billingEnabled: false, subscription: null },
      expected: 'billing_off',
    },
    {
      label: 'billing off wins over a leftover subscription row',
      input: { billingEnabled: false, subscription: sub('active') },
      expected: 'billing_off',
    },
    {
      label: 'billing on, never subscribed (plan set by staff or at sign-up)',
      input: { billingEnabled: true, subscription: null },
      expected: 'platform',
    },
    {
      label: 'billing on, a customer but no checkout completed',
      input: { billingEnabled: true, subscription: sub('none', null) },
      expected: 'platform',
    },
    {
      label: 'an active subscription to this plan',
      input: { billingEnabled: true, subscription: sub('active') },
      expected: 'subscription',
    },
    {
      label: 'past due, within grace: still this plan, still billed',
      input: { billingEnabled: true, subscription: sub('past_due') },
      expected: 'subscription',
    },
    {
      label: 'past due after the grace: downgraded, nothing pays for the lowest plan',
      input: { billingEnabled: true, subscription: sub('past_due', PRO, new Date()) },
      expected: 'platform',
    },
    { label: 'cancelled', input: { billingEnabled: true, subscription: sub('canceled') }, expected: 'platform' },
    {
      label: 'an active subscription to another plan (staff moved the organization)',
      input: { billingEnabled: true, subscription: sub('active', 'plan-business') },
      expected: 'platform',
    },
  ])('$label', ({ input, expected }) => expect(planSource({ ...input, planId: PRO })).toBe(expected));
});
