import { createEmbedToken } from './create-embed-token.js';
import { editionResolver } from './resolve-edition.js';
import { sendEvent, type TrackOptions } from './send-event.js';
import type { CallOptions, ClientOptions } from './send-signed.js';
import type {
  ConversionEventType,
  ConversionOutcome,
  EmbedTokenCreated,
  EmbedTokenRequest,
  ResolvedEdition,
  TrackEvent,
  TrackPaidEvent,
} from './types.js';

export interface AffiliateEdgeClient {
  /** A sign-up, trial or other unpaid step. */
  trackLead(event: TrackEvent, options?: TrackOptions): Promise<ConversionOutcome>;
  /** A first payment: amount in integer minor units (cents) and its ISO 4217 currency. */
  trackSale(event: TrackPaidEvent, options?: TrackOptions): Promise<ConversionOutcome>;
  /** A subscription renewal. */
  trackRebill(event: TrackPaidEvent, options?: TrackOptions): Promise<ConversionOutcome>;
  /** Money back: name the sale by `order_id` (or `customer_id`); without an amount, all of it. */
  trackRefund(event: TrackEvent, options?: TrackOptions): Promise<ConversionOutcome>;
  /** The subscription ended; no money moves. */
  trackCancel(event: TrackEvent, options?: TrackOptions): Promise<ConversionOutcome>;
  /**
   * A 15-minute token that opens the embedded referral dashboard for one of your signed-in users, in one of
   * the app's programs. Ask for a fresh one each time your page shows the dashboard; put `url` in an iframe.
   */
  createEmbedToken(request: EmbedTokenRequest, options?: CallOptions): Promise<EmbedTokenCreated>;
  /**
   * Which affiliate's branded edition a host your app was asked for is, with its brand and prices; null when it
   * is none (send the visitor to your main site). Answers are kept in memory for as long as the API's
   * Cache-Control allows (about a minute), so call it on every request. Report the edition's conversions with
   * `edition: edition.id` (or `host`).
   */
  resolveEdition(host: string, options?: CallOptions): Promise<ResolvedEdition | null>;
}

/** A client for one app API key. Needs only fetch and WebCrypto: Node 20+, Workers, Deno, Bun. */
export function createClient(options: ClientOptions): AffiliateEdgeClient {
  if (!options.apiKey || !options.signingSecret || !options.baseUrl)
    throw new TypeError('createClient needs apiKey, signingSecret and baseUrl');
  const track =
    (type: ConversionEventType) =>
    ({ event_id, ...rest }: TrackEvent, call?: TrackOptions) =>
      // The id is fixed here, once per call, so every retry of this call repeats it.
      sendEvent(options, { event_id: event_id ?? crypto.randomUUID(), type, ...rest }, call);
  return {
    trackLead: track('lead'),
    trackSale: track('sale'),
    trackRebill: track('rebill'),
    trackRefund: track('refund'),
    trackCancel: track('cancel'),
    createEmbedToken: (request, call) => createEmbedToken(options, request, call),
    resolveEdition: editionResolver(options),
  };
}
