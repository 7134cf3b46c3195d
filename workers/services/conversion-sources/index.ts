export { CONVERSION_SOURCES } from './registry';
export type { ConversionSourceAdapter, SignatureRefusal, SourceEndpoint, SourceResult } from './source';
export { getSourceWebhooks, type SourceWebhookSettings } from './get-source-webhooks';
export { removeSourceWebhookSecret } from './remove-source-webhook-secret';
export { setSourceWebhookSecret } from './set-source-webhook-secret';
export {
  getStripeWebhook,
  listWaitingRefunds,
  removeStripeWebhookSecret,
  setStripeWebhookSecret,
  type StripeWebhookSettings,
  type WaitingRefund,
} from './stripe';
