export { billingEndpointUrl } from './billing-endpoint-url';
export { type BillingEndpoint, findBillingEndpoint } from './find-billing-endpoint';
export { type BillingWebhookSettings, getBillingWebhooks } from './get-billing-webhooks';
export { noteBillingEvent } from './note-billing-event';
export { type BillingEventResult, recordBillingEvent } from './record-billing-event';
export { removeBillingWebhookSecret } from './remove-billing-webhook-secret';
export { setBillingWebhookSecret } from './set-billing-webhook-secret';
