import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { StripeApiError } from '../../integrations/stripe';

/**
 * Runs a Stripe call for an affiliate's onboarding; Stripe's refusal or absence becomes
 * stripe_unavailable (503), logged with Stripe's own words for the operator.
 */
export async function callStripeConnect<T>({
  ctx,
  input,
}: ServiceCall<{ what: string; call: () => Promise<T> }>): Promise<T> {
  const { what, call } = input;
  try {
    return await call();
  } catch (err) {
    if (!(err instanceof StripeApiError)) throw err;
    ctx.log.warn('stripe_connect_call_failed', {
      what,
      status: err.status,
      type: err.type,
      code: err.code,
      error: err.message,
    });
    throw new AppError('stripe_unavailable', `Stripe could not ${what}; try again in a moment`);
  }
}
