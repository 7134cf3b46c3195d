/**
 * Where an organization's plan comes from, the one answer the Plan and Billing pages both show:
 * - `subscription`: a Stripe subscription pays for exactly this plan (active, or past due within grace);
 * - `platform`: billing is on but nothing pays for it (the plan given at sign-up, set by platform staff,
 *   or the lowest plan after a subscription ended or lapsed);
 * - `billing_off`: this install does not bill; the platform's administrators set plans.
 * Only `subscription` has a price being charged and a billing cycle.
 */
export const PLAN_SOURCES = ['subscription', 'platform', 'billing_off'] as const;
export type PlanSource = (typeof PLAN_SOURCES)[number];

export interface PlanSourceInput {
  billingEnabled: boolean;
  /** The organization's plan now. */
  planId: string;
  /** Its Stripe subscription row, if it ever started a checkout. */
  subscription: { status: string; planId: string | null; downgradedAt: Date | null } | null;
}

export function planSource({ billingEnabled, planId, subscription }: PlanSourceInput): PlanSource {
  if (!billingEnabled) return 'billing_off';
  if (!subscription || subscription.downgradedAt !== null) return 'platform';
  const paying = subscription.status === 'active' || subscription.status === 'past_due';
  // A subscription for another plan (staff moved the organization by hand) does not pay for this one.
  return paying && subscription.planId === planId ? 'subscription' : 'platform';
}
