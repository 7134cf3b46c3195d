import { conversionEvent } from '../../../contracts/conversion-event';
import { mapStripeEvent, stripeEventEnvelope } from '../../../domain/stripe-event';
import { STRIPE_HANDLED_EVENT_TYPES, stripePaymentLinks } from '../../../domain/stripe-payment-links';
import { STRIPE_WEBHOOK_SECRET_PATTERN, verifyStripeSignature } from '../../../domain/stripe-signature';
import { recordDispute } from '../../conversions';
import type { ConversionSourceAdapter } from '../source';
import { findStripeEndpoint } from './find-stripe-endpoint';
import { noteStripeEventType } from './note-stripe-event-type';
import { recordStripeEvent } from './record-stripe-event';
import { STRIPE_PATH_SEGMENT } from './stripe-path';

/**
 * Stripe: the endpoint secret sealed on the app, `Stripe-Signature` (300 s tolerance). Besides
 * conversions and disputes, its events link invoices to the payments that paid them, so a refund
 * reverses exactly its sale, and each verified event type is remembered for the integration status.
 */
export const stripeSource: ConversionSourceAdapter = {
  id: 'stripe',
  recordsAs: 'stripe',
  pathSegment: STRIPE_PATH_SEGMENT,
  eventTypes: STRIPE_HANDLED_EVENT_TYPES,
  secretRule: {
    pattern: STRIPE_WEBHOOK_SECRET_PATTERN,
    message: 'Must be the endpoint’s signing secret from Stripe, starting with whsec_',
  },
  findEndpoint: findStripeEndpoint,
  verify: (d) => verifyStripeSignature(d.header('stripe-signature'), d.payload, d.secret, d.nowSeconds),
  // Stripe's own libraries answer a bad signature with 400, so we do too (our table says 401).
  refusal: (reason) => ({
    status: 400,
    code: 'invalid_signature',
    message:
      reason === 'expired'
        ? 'The Stripe-Signature timestamp is too old'
        : 'Stripe-Signature does not match this endpoint’s secret',
  }),
  limit: (appId) => ({ path: 'stripe_webhook', appId }),
  receive: async ({ ctx, input }) => {
    const { appId, organizationId } = input.endpoint;
    const envelope = stripeEventEnvelope.parse(input.json);
    // Every verified type counts, ignored ones too: the integration status names the required ones never seen.
    await noteStripeEventType({
      ctx,
      input: { appId, eventType: envelope.type, apiVersion: envelope.api_version ?? null },
    });
    const links = stripePaymentLinks(envelope);
    const mapped = mapStripeEvent(envelope);
    if (mapped.kind === 'ignored' && links.length === 0) return mapped;
    if (mapped.kind === 'dispute') {
      const outcome = await recordDispute({ ctx, input: { appId, organizationId, dispute: mapped.dispute } });
      return { kind: 'dispute', outcome };
    }
    const result = await recordStripeEvent({
      ctx,
      input: {
        appId,
        organizationId,
        stripeEventId: envelope.id,
        links,
        event: mapped.kind === 'event' ? conversionEvent.parse(mapped.event) : null,
      },
    });
    return result.kind === 'linked' ? { kind: 'linked', links } : result;
  },
};
