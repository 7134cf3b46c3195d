import { and, eq } from 'drizzle-orm';
import { payoutMethods } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { getConnectedAccount } from '../../integrations/stripe';
import { affiliateScope } from '../access';
import { applyStripeAccountState } from './apply-stripe-account-state';
import { requireStripePayoutAccount } from './require-stripe-payout-account';
import { callStripeConnect } from './stripe-call';

/**
 * Reads the affiliate's Express account back from Stripe when they return from onboarding, so the
 * page shows the state at once instead of waiting for the `account.updated` webhook.
 */
export async function refreshMyStripeAccount({ ctx }: ServiceCall<void>) {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const [method] = await ctx.db
    .select()
    .from(payoutMethods)
    .where(and(eq(payoutMethods.affiliateId, affiliateId), eq(payoutMethods.organizationId, organizationId)));
  if (!method?.stripeAccountId)
    throw new AppError('payout_method_not_stripe', 'Choose Stripe as your payout method with this advertiser first');
  const { config } = await requireStripePayoutAccount({ ctx, input: { organizationId } });
  const account = await callStripeConnect({
    ctx,
    input: {
      what: 'read your Stripe account',
      call: () => getConnectedAccount(config, method.stripeAccountId!),
    },
  });
  await applyStripeAccountState({ ctx, input: { account } });
}
