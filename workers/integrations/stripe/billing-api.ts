import {
  type StripeCheckoutSession,
  type StripeCustomer,
  type StripePortalSession,
  type StripePrice,
  type StripeSubscription,
  stripeSubscription,
} from './billing-objects';
import { type StripeConfig, stripeRequest } from './stripe-client';

/** A recurring price made on the fly, as Checkout's price_data does: no price ids to configure. */
export interface InlinePrice {
  currency: string;
  unitAmountMinor: number;
  interval: 'month' | 'year';
  productName: string;
}

const priceData = (p: InlinePrice) => ({
  currency: p.currency.toLowerCase(),
  unit_amount: p.unitAmountMinor,
  recurring: { interval: p.interval },
  product_data: { name: p.productName },
});

export const createCustomer = (
  cfg: StripeConfig,
  input: { name: string; organizationId: string },
  idempotencyKey: string,
) =>
  stripeRequest<StripeCustomer>(
    cfg,
    'POST',
    '/v1/customers',
    { name: input.name, metadata: { organizationId: input.organizationId } },
    idempotencyKey,
  );

export const createCheckoutSession = (
  cfg: StripeConfig,
  input: {
    customerId: string;
    organizationId: string;
    price: InlinePrice;
    metadata: Record<string, string>;
    successUrl: string;
    cancelUrl: string;
  },
) =>
  stripeRequest<StripeCheckoutSession>(cfg, 'POST', '/v1/checkout/sessions', {
    mode: 'subscription',
    customer: input.customerId,
    client_reference_id: input.organizationId,
    line_items: [{ price_data: priceData(input.price), quantity: 1 }],
    metadata: input.metadata,
    subscription_data: { metadata: input.metadata },
    success_url: input.successUrl,
    cancel_url: input.cancelUrl,
  });

export const createPortalSession = (cfg: StripeConfig, input: { customerId: string; returnUrl: string }) =>
  stripeRequest<StripePortalSession>(cfg, 'POST', '/v1/billing_portal/sessions', {
    customer: input.customerId,
    return_url: input.returnUrl,
  });

export async function getSubscription(cfg: StripeConfig, id: string): Promise<StripeSubscription> {
  return stripeSubscription.parse(
    await stripeRequest<unknown>(cfg, 'GET', `/v1/subscriptions/${encodeURIComponent(id)}`),
  );
}

/** Moves the subscription's one item to a new price (prorated by Stripe) and records the plan in its metadata. */
export async function changeSubscriptionPrice(
  cfg: StripeConfig,
  input: { subscription: StripeSubscription; price: InlinePrice; metadata: Record<string, string> },
): Promise<StripeSubscription> {
  const price = await stripeRequest<StripePrice>(cfg, 'POST', '/v1/prices', priceData(input.price));
  const updated = await stripeRequest<unknown>(
    cfg,
    'POST',
    `/v1/subscriptions/${encodeURIComponent(input.subscription.id)}`,
    {
      items: [{ id: input.subscription.items.data[0]!.id, price: price.id }],
      proration_behavior: 'create_prorations',
      cancel_at_period_end: false,
      metadata: input.metadata,
    },
  );
  return stripeSubscription.parse(updated);
}
