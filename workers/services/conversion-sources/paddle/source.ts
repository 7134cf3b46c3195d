import { mapPaddleEvent, PADDLE_EVENT_TYPES, paddleEventEnvelope } from '../../../domain/paddle-event';
import { verifyPaddleSignature } from '../../../domain/paddle-signature';
import { PADDLE_WEBHOOK_SECRET_PATTERN } from '../../../domain/source-secrets';
import { providerSource } from '../provider-source';

/** Paddle Billing: a notification destination per app, signed `Paddle-Signature: ts=…;h1=…`. */
export const paddleSource = providerSource({
  id: 'paddle',
  recordsAs: 'paddle',
  pathSegment: 'paddle',
  eventTypes: PADDLE_EVENT_TYPES,
  secretRule: {
    pattern: PADDLE_WEBHOOK_SECRET_PATTERN,
    message: 'Must be the notification destination’s secret key from Paddle, starting with pdl_ntfset_',
  },
  verify: (d) =>
    verifyPaddleSignature({
      header: d.header('paddle-signature'),
      payload: d.payload,
      secret: d.secret,
      nowSeconds: d.nowSeconds,
    }),
  refusal: (reason) => ({
    status: 400,
    code: 'invalid_signature',
    message:
      reason === 'expired'
        ? 'The Paddle-Signature timestamp is outside the tolerance: a replay, or clocks apart'
        : 'Paddle-Signature does not match this destination’s secret key',
  }),
  read: (json) => {
    const envelope = paddleEventEnvelope.parse(json);
    return { type: envelope.event_type, mapping: mapPaddleEvent(envelope) };
  },
});
