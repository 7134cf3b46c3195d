// The server half of @affiliate-edge/sdk; the browser half is '@affiliate-edge/sdk/browser'.
export { type AffiliateEdgeClient, createClient } from './create-client.js';
export { AffiliateEdgeError, type TrackErrorCode } from './errors.js';
export type { TrackOptions } from './send-event.js';
export type { CallOptions, ClientOptions } from './send-signed.js';
export { SIGNATURE_HEADER, signatureHeader, signRequest } from './sign-request.js';
export type {
  ApiErrorBody,
  ApiErrorCode,
  ConversionEvent,
  ConversionEventType,
  ConversionOutcome,
  EmbedTheme,
  EmbedTokenCreated,
  EmbedTokenRequest,
  ResolvedEdition,
  TrackEvent,
  TrackPaidEvent,
  WebhookEventType,
} from './types.js';
export {
  type VerifyWebhookInput,
  verifyWebhook,
  type WebhookEvent,
  type WebhookFailure,
  WebhookVerificationError,
} from './verify-webhook.js';
