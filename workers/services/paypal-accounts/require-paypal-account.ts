import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { type ResolvedPaypalAccount, resolvePaypalAccount } from './resolve-paypal-account';

/** The organization's PayPal account, or 409 payouts_not_configured: without one nothing can be sent. */
export async function requirePaypalAccount({
  ctx,
  input,
}: ServiceCall<{ organizationId: string }>): Promise<ResolvedPaypalAccount> {
  const { organizationId } = input;
  const account = await resolvePaypalAccount({ ctx, input: { organizationId } });
  if (!account)
    throw new AppError(
      'payouts_not_configured',
      'PayPal payouts are not configured: connect the organization’s PayPal app (or set PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET on this deployment)',
    );
  return account;
}
