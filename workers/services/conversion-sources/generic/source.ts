import { genericSourceEvent, mapGenericSourceEvent } from '../../../domain/generic-source-event';
import { SIGNATURE_HEADER, verifySignature } from '../../../domain/request-signature';
import { GENERIC_SECRET_PATTERN } from '../../../domain/source-secrets';
import { providerSource } from '../provider-source';

/**
 * The generic signed webhook, for billing systems without a connector (Chargebee, Polar, a home-made
 * one): signed like the conversions API, so it answers a bad signature as that API does (401).
 */
export const genericSource = providerSource({
  id: 'generic',
  recordsAs: 'billing_webhook',
  pathSegment: 'billing',
  eventTypes: [],
  secretRule: {
    pattern: GENERIC_SECRET_PATTERN,
    message: 'Must be 32 to 200 characters without spaces; generate a random one',
  },
  verify: (d) =>
    verifySignature({
      header: d.header(SIGNATURE_HEADER),
      payload: d.payload,
      secret: d.secret,
      nowSeconds: d.nowSeconds,
      toleranceSeconds: d.toleranceSeconds,
    }),
  refusal: (reason) =>
    reason === 'expired'
      ? {
          status: 401,
          code: 'signature_expired',
          message: 'The signature timestamp is outside the accepted window; sign again with the current time',
        }
      : {
          status: 401,
          code: 'invalid_signature',
          message: `${SIGNATURE_HEADER} is missing, malformed or does not match the body`,
        },
  read: (json) => {
    const event = genericSourceEvent.parse(json);
    return { type: event.type, mapping: mapGenericSourceEvent(event) };
  },
});
