/** Stripe's endpoint is /api/v1/stripe/{appId}/webhooks: the URL pasted into Stripe's webhook settings. */
export const STRIPE_PATH_SEGMENT = 'stripe';
