import { eq } from 'drizzle-orm';
import { orgSubscriptions, plans } from '../../../schema';
import type { BillingPeriod } from '../../../schema/enums';
import { inTransaction, type ServiceCall } from '../../context';
import { intervalOf } from '../../domain/plan-billing-state';
import { AppError, NotFoundError } from '../../errors/app-error';
import {
  changeSubscriptionPrice,
  createCheckoutSession,
  getSubscription,
  type InlinePrice,
} from '../../integrations/stripe';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { billingPageUrl, callStripe, stripeConfig } from './billing-config';
import { ensureBillingCustomer } from './billing-customer';
import { syncSubscription } from './sync-subscription';

export interface CheckoutResult {
  /** checkout: pay on Stripe's page at url; updated: the running subscription was moved to the plan, url is the billing page. */
  mode: 'checkout' | 'updated';
  url: string;
}

/**
 * Buys a plan. Without a running subscription: a Stripe Checkout Session (subscription mode, the
 * price inline). With one: its price is changed in place (Stripe prorates), so nobody pays twice.
 */
export async function startCheckout({
  ctx,
  input,
}: ServiceCall<{ planId: string; period: BillingPeriod }>): Promise<CheckoutResult> {
  const cfg = stripeConfig({ ctx, input: undefined });
  const organizationId = actingAdvertiser(ctx).organizationId;
  const [plan] = await ctx.db.select().from(plans).where(eq(plans.id, input.planId));
  if (!plan) throw new NotFoundError('plan', input.planId);
  const amount = input.period === 'yearly' ? plan.yearlyPriceMinor : plan.monthlyPriceMinor;
  if (amount <= 0) throw new AppError('validation_failed', 'This plan is free: nothing to pay for');
  const price: InlinePrice = {
    currency: plan.currency,
    unitAmountMinor: amount,
    interval: intervalOf(input.period),
    productName: `${plan.name} (${input.period})`,
  };
  const metadata = { organizationId, planId: plan.id, period: input.period };
  const row = await ensureBillingCustomer({ ctx, input: { cfg, organizationId } });

  if (row.stripeSubscriptionId && (row.status === 'active' || row.status === 'past_due')) {
    if (row.planId === plan.id && row.billingPeriod === input.period && !row.cancelAtPeriodEnd)
      throw new AppError('already_on_plan', 'The organization already pays for this plan and period');
    const subscriptionId = row.stripeSubscriptionId;
    const current = await callStripe({
      ctx,
      input: { what: 'read the subscription', call: () => getSubscription(cfg, subscriptionId) },
    });
    const updated = await callStripe({
      ctx,
      input: {
        what: 'change the subscription',
        call: () => changeSubscriptionPrice(cfg, { subscription: current, price, metadata }),
      },
    });
    await inTransaction(ctx, async (tx) => {
      const [locked] = await tx.db.select().from(orgSubscriptions).where(eq(orgSubscriptions.id, row.id)).for('update');
      await syncSubscription({ ctx: tx, input: { row: locked!, sub: updated, reason: 'plan_change' } });
      await recordAudit({
        ctx: tx,
        input: {
          action: 'billing.subscription_changed',
          targetType: 'organization',
          targetId: organizationId,
          after: metadata,
        },
      });
    });
    return { mode: 'updated', url: billingPageUrl(ctx, organizationId, '?checkout=updated') };
  }

  const session = await callStripe({
    ctx,
    input: {
      what: 'start the checkout',
      call: () =>
        createCheckoutSession(cfg, {
          customerId: row.stripeCustomerId,
          organizationId,
          price,
          metadata,
          successUrl: billingPageUrl(ctx, organizationId, '?checkout=success&session_id={CHECKOUT_SESSION_ID}'),
          cancelUrl: billingPageUrl(ctx, organizationId, '?checkout=canceled'),
        }),
    },
  });
  await recordAudit({
    ctx,
    input: {
      action: 'billing.checkout_started',
      targetType: 'organization',
      targetId: organizationId,
      after: { ...metadata, sessionId: session.id },
    },
  });
  return { mode: 'checkout', url: session.url };
}
