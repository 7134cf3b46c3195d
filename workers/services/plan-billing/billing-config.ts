import type { ServiceCall, ServiceContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { StripeApiError, type StripeConfig } from '../../integrations/stripe';

/** Stripe credentials, or billing_disabled when this install does not bill (BILLING_ENABLED off). */
export function stripeConfig({ ctx }: ServiceCall<void>): StripeConfig {
  const { BILLING_ENABLED, STRIPE_SECRET_KEY, STRIPE_API_BASE_URL } = ctx.config;
  if (!BILLING_ENABLED || !STRIPE_SECRET_KEY)
    throw new AppError('billing_disabled', 'Billing is switched off on this installation');
  return { baseUrl: STRIPE_API_BASE_URL, secretKey: STRIPE_SECRET_KEY };
}

/** Runs a Stripe call; its refusal or absence becomes billing_provider_error, logged with Stripe's words. */
export async function callStripe<T>({ ctx, input }: ServiceCall<{ what: string; call: () => Promise<T> }>): Promise<T> {
  const { what } = input;
  try {
    return await input.call();
  } catch (err) {
    if (!(err instanceof StripeApiError)) throw err;
    ctx.log.warn('stripe_billing_call_failed', {
      what,
      status: err.status,
      type: err.type,
      code: err.code,
      error: err.message,
    });
    throw new AppError('billing_provider_error', `Stripe could not ${what}; try again in a moment`);
  }
}

/** Where Stripe sends the browser back to: the organization's billing page. */
export const billingPageUrl = (ctx: ServiceContext, organizationId: string, query = '') =>
  `${ctx.config.APP_BASE_URL.replace(/\/$/, '')}/orgs/${organizationId}/billing${query}`;
