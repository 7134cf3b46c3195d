import Stripe from 'stripe';
import { nextEventId } from './conversions';
import { nowSeconds, sendRaw } from './inbound';

// Headers come from Stripe's own library, so our verifier is tested against the real scheme. In
// workerd its crypto is async-only, hence the Async variant of generateTestHeaderString.
const stripe = new Stripe('sk_test_unused');

/** A Stripe event envelope as the given API version delivers it. */
export function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  opts: { apiVersion: string; previous?: Record<string, unknown>; created?: number },
) {
  return {
    id: nextEventId('evt'),
    object: 'event',
    api_version: opts.apiVersion,
    created: opts.created ?? nowSeconds(),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object, ...(opts.previous ? { previous_attributes: opts.previous } : {}) },
  };
}

/** Delivers a Stripe event to the app's webhook endpoint, signed with `secret`. */
export async function deliverStripe(appId: string, event: unknown, secret: string) {
  const payload = JSON.stringify(event, null, 2);
  const header = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret });
  return sendRaw(`/api/v1/stripe/${appId}/webhooks`, {
    body: payload,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      'stripe-signature': header,
    },
  });
}
