import { eq } from 'drizzle-orm';
import { type OrgSubscription, orgSubscriptions, plans } from '../../../schema';
import type { ServiceCall } from '../../context';
import { billingPeriodOf, graceOutcome, subscriptionStateOf } from '../../domain/plan-billing-state';
import { periodEndOf, type StripeSubscription } from '../../integrations/stripe';
import { lowestPlan } from './lowest-plan';
import { setOrganizationPlan } from '../plans';

export interface SyncOutcome {
  subscription: OrgSubscription;
  /** A failed payment started the grace period with this change. */
  graceStarted: boolean;
}

/**
 * Writes what Stripe says about the subscription into the organization's row and plan. Call it
 * inside a transaction with the row locked, after reading the subscription from Stripe: the
 * latest read always commits last, so no older state can overwrite a newer one.
 */
export async function syncSubscription({
  ctx,
  input,
}: ServiceCall<{ row: OrgSubscription; sub: StripeSubscription; reason: string }>): Promise<SyncOutcome> {
  const { row, sub, reason } = input;
  const state = subscriptionStateOf(sub.status);
  const price = sub.items.data[0]!.price;
  const metaPlanId = sub.metadata.planId;
  const [metaPlan] =
    metaPlanId && /^[0-9a-f-]{36}$/i.test(metaPlanId)
      ? await ctx.db.select({ id: plans.id }).from(plans).where(eq(plans.id, metaPlanId))
      : [];
  const planId = metaPlan?.id ?? row.planId;
  const billingPeriod = billingPeriodOf(price.recurring?.interval) ?? row.billingPeriod ?? 'monthly';
  const outcome = graceOutcome({
    state,
    graceUntil: row.graceUntil,
    now: ctx.now,
    graceDays: ctx.config.BILLING_GRACE_DAYS,
  });
  const periodEnd = periodEndOf(sub);
  const lapsed = state === 'past_due' && outcome.plan === 'lowest';
  const [updated] = await ctx.db
    .update(orgSubscriptions)
    .set({
      stripeSubscriptionId: sub.id,
      planId,
      billingPeriod,
      status: state,
      cancelAtPeriodEnd: sub.cancel_at_period_end,
      currentPeriodEnd: periodEnd === null ? null : new Date(periodEnd * 1000),
      graceUntil: outcome.graceUntil,
      downgradedAt: lapsed ? (row.downgradedAt ?? ctx.now) : null,
    })
    .where(eq(orgSubscriptions.id, row.id))
    .returning();
  if (outcome.plan === 'subscribed' && planId)
    await setOrganizationPlan({
      ctx,
      input: { organizationId: row.organizationId, planId, billingPeriod, by: { planBilling: reason } },
    });
  else if (outcome.plan === 'lowest') {
    const lowest = await lowestPlan({ ctx, input: undefined });
    await setOrganizationPlan({
      ctx,
      input: {
        organizationId: row.organizationId,
        planId: lowest.id,
        billingPeriod: 'monthly',
        by: { planBilling: reason },
      },
    });
  }
  return { subscription: updated!, graceStarted: outcome.graceStarted };
}
