import { and, eq } from 'drizzle-orm';
import { payoutMethods } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { createAccountLink } from '../../integrations/stripe';
import { affiliateScope } from '../access';
import { requireStripePayoutAccount } from './require-stripe-payout-account';
import { callStripeConnect } from './stripe-call';

/**
 * A fresh link into Stripe's hosted onboarding for the affiliate's Express account (links are
 * single-use and short-lived, so one is made per click). Stripe sends the browser back to the
 * affiliate's payout methods page of this advertiser: return_url when done, refresh_url when the
 * link expired. Both are built from APP_BASE_URL, never from the request, so they cannot redirect elsewhere.
 */
export async function startStripeOnboarding({ ctx }: ServiceCall<void>): Promise<{ url: string; expiresAt: Date }> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const [method] = await ctx.db
    .select()
    .from(payoutMethods)
    .where(and(eq(payoutMethods.affiliateId, affiliateId), eq(payoutMethods.organizationId, organizationId)));
  if (method?.rail !== 'stripe' || !method.stripeAccountId)
    throw new AppError('payout_method_not_stripe', 'Choose Stripe as your payout method with this advertiser first');
  const { config } = await requireStripePayoutAccount({ ctx, input: { organizationId } });
  const page = `${ctx.config.APP_BASE_URL.replace(/\/+$/, '')}/affiliate/${organizationId}/payout-methods`;
  const link = await callStripeConnect({
    ctx,
    input: {
      what: 'open the onboarding form',
      call: () =>
        createAccountLink(config, {
          account: method.stripeAccountId!,
          refreshUrl: `${page}?stripe=refresh`,
          returnUrl: `${page}?stripe=return`,
        }),
    },
  });
  return { url: link.url, expiresAt: new Date(link.expires_at * 1000) };
}
