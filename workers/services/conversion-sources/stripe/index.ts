export { getStripeWebhook, type StripeWebhookSettings } from './get-stripe-webhook';
export { listWaitingRefunds, type WaitingRefund } from './list-waiting-refunds';
export { removeStripeWebhookSecret } from './remove-stripe-webhook-secret';
export { setStripeWebhookSecret } from './set-stripe-webhook-secret';
