// Every API shape here is derived from schema.gen.ts (generated from the platform's OpenAPI document), never
// written by hand, so the SDK's types change when the API does.
import type { components, operations } from './schema.gen.js';

/** The body of `POST /api/v1/conversions`, as the API defines it. */
export type ConversionEvent = operations['postConversion']['requestBody']['content']['application/json'];
export type ConversionEventType = ConversionEvent['type'];
/** What the API answers for a recorded (201) or repeated (200, `duplicate: true`) event. */
export type ConversionOutcome = components['schemas']['ConversionOutcome'];
/** The body of every error answer. */
export type ApiErrorBody = components['schemas']['Error'];
export type ApiErrorCode = ApiErrorBody['error']['code'];
/** The events a webhook endpoint may subscribe to, and so the `type` of a delivery. */
export type WebhookEventType = components['schemas']['WebhookEndpoint']['events'][number];

/**
 * A tracked event without its `type` (the function names it). `event_id` is your idempotency key (an order or
 * invoice id); leave it out and the SDK makes one (a UUID), kept across the retries of that call.
 */
export type TrackEvent = Omit<ConversionEvent, 'type' | 'event_id'> & { event_id?: ConversionEvent['event_id'] };
/** A sale or rebill carries money: amount (integer minor units) and currency are required. */
export type TrackPaidEvent = TrackEvent & Required<Pick<ConversionEvent, 'amount' | 'currency'>>;

/** The body of `POST /api/v1/embed-tokens`: the program, your signed-in user, and the look. */
export type EmbedTokenRequest = components['schemas']['CreateEmbedToken'];
/** The dashboard's look: primaryColor (#rrggbb), font (a font-family list), mode (light or dark), locale (en or ru). */
export type EmbedTheme = NonNullable<EmbedTokenRequest['theme']>;
/** An issued embed token: `url` is the page to frame (the token travels in its fragment). */
export type EmbedTokenCreated = components['schemas']['EmbedTokenCreated'];

/** A partner app's view of an affiliate's branded edition: whose it is (affiliateRef), its brand and its prices. */
export type ResolvedEdition = components['schemas']['ResolvedEdition'];
