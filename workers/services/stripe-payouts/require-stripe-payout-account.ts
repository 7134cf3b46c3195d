import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { type ResolvedStripePayoutAccount, resolveStripePayoutAccount } from './resolve-stripe-payout-account';

/** The organization's Stripe payout account, or stripe_payouts_not_configured (409). */
export async function requireStripePayoutAccount({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<ResolvedStripePayoutAccount> {
  const account = await resolveStripePayoutAccount({ ctx, input });
  if (!account)
    throw new AppError(
      'stripe_payouts_not_configured',
      'This advertiser has not connected a Stripe account for payouts, and the platform has none',
    );
  return account;
}
