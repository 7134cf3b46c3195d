import Stripe from 'stripe';
import type { Advertiser } from './actors';
import { call, expectStatus } from './api-client';
import { nextEventId } from './conversions';
import { nowSeconds, sendRaw } from './inbound';

// Headers come from Stripe's own library, so deliveries are signed with the real scheme. In
// workerd its crypto is async-only, hence the Async variant of generateTestHeaderString.
const stripe = new Stripe('sk_test_unused');
export const STRIPE_TEST_SECRET = 'whsec_test_shared_0123456789abcdefghijklmn';

/** Stores the test endpoint secret on the advertiser's app, as an admin would. */
export async function setStripeSecret(a: Advertiser, appId = a.app.id): Promise<void> {
  const res = await call(a.admin, 'PUT', `/orgs/${a.org.id}/apps/${appId}/stripe`, {
    webhookSecret: STRIPE_TEST_SECRET,
  });
  expectStatus(res, 200);
}

/** A Stripe event envelope around `object`, with a fresh event id. */
export function stripeEvent(type: string, object: Record<string, unknown>, created = nowSeconds()) {
  return {
    id: nextEventId('evt'),
    object: 'event',
    api_version: '2025-03-31.basil',
    created,
    livemode: false,
    pending_webhooks: 1,
    type,
    data: { object },
  };
}

/** Delivers an event to the app's webhook endpoint, signed with the test secret. */
export async function deliverStripe(appId: string, event: unknown) {
  const payload = JSON.stringify(event, null, 2);
  const header = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: STRIPE_TEST_SECRET });
  return sendRaw(`/api/v1/stripe/${appId}/webhooks`, {
    body: payload,
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': header },
  });
}
