export { findStripeEndpoint } from './find-stripe-endpoint';
export { getStripeWebhook, type StripeWebhookSettings } from './get-stripe-webhook';
export { recordStripeEvent, type StripeEventResult } from './record-stripe-event';
export { removeStripeWebhookSecret } from './remove-stripe-webhook-secret';
export { setStripeWebhookSecret } from './set-stripe-webhook-secret';
export { listWaitingRefunds, type WaitingRefund } from './list-waiting-refunds';
export { noteStripeEventType } from './note-stripe-event-type';
