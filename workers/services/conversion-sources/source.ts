import type { ConversionSource as RecordedSource, WebhookSource } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import type { SignatureCheck } from '../../domain/request-signature';
import type { ConversionOutcome, DisputeOutcome } from '../conversions';
import type { InboundLimit } from '../inbound';

/** The app a webhook URL names, its tenant and its opened signing secret. */
export interface SourceEndpoint {
  appId: string;
  organizationId: string;
  secret: string;
}

/** A delivery as it arrived: the signature covers the raw bytes, so nothing is parsed before it is checked. */
export interface SourceDelivery {
  payload: Uint8Array;
  header: (name: string) => string | undefined;
  nowSeconds: number;
  /** SIGNATURE_TOLERANCE_SECONDS, for a source signed like our own API. */
  toleranceSeconds: number;
  secret: string;
}

/** How a delivery whose signature failed is answered (each provider's libraries expect their own). */
export interface SignatureRefusal {
  status: 400 | 401;
  code: 'invalid_signature' | 'signature_expired';
  message: string;
}

/** What a verified delivery did: a conversion (or its repeat), a dispute step, invoice links only, or nothing and why. */
export type SourceResult =
  | { kind: 'conversion'; outcome: ConversionOutcome }
  | { kind: 'dispute'; outcome: DisputeOutcome }
  | { kind: 'linked'; links: unknown[] }
  | { kind: 'ignored'; reason: string };

/**
 * One conversion source that pushes signed webhooks: the advertiser's billing system (Stripe,
 * Paddle, Lemon Squeezy) or our generic shape. The receive route of each (POST
 * /api/v1/<pathSegment>/{appId}/webhooks) runs the same steps through it: find the endpoint and its
 * sealed secret, verify the raw bytes, limit the sender, then `receive` parses the provider's event
 * into our conversion facts (domain/source-mapping.ts) and records them. A new source is a folder
 * beside this file and one line in registry.ts (docs/conversion-sources.md).
 */
export interface ConversionSourceAdapter {
  id: WebhookSource;
  /** conversions.source of what it records. */
  recordsAs: RecordedSource;
  /** The path segment of its endpoint under /api/v1/. */
  pathSegment: string;
  /** The provider's events to subscribe the endpoint to; empty when the sender sends our shape. */
  eventTypes: readonly string[];
  /** What its signing secret looks like, checked before it is stored, and the message when it does not. */
  secretRule: { pattern: RegExp; message: string };
  /** The app's endpoint; not_found when the app is unknown, not active or has no secret for this source. */
  findEndpoint: (call: ServiceCall<{ appId: string }>) => Promise<SourceEndpoint>;
  verify: (delivery: SourceDelivery) => Promise<SignatureCheck>;
  /** The per-sender burst budget (services/inbound), counted once the signature is proven. */
  limit: (appId: string) => InboundLimit;
  refusal: (reason: Exclude<SignatureCheck, { ok: true }>['reason']) => SignatureRefusal;
  /** Parses the verified JSON, notes its arrival (for the settings page) and records what it means. */
  receive: (call: ServiceCall<{ endpoint: SourceEndpoint; json: unknown }>) => Promise<SourceResult>;
}
