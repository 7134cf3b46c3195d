import { verifyLemonSqueezySignature } from '../../../domain/lemon-squeezy-signature';
import {
  LEMON_SQUEEZY_EVENT_TYPES,
  lemonSqueezyEnvelope,
  mapLemonSqueezyEvent,
} from '../../../domain/lemon-squeezy-event';
import { LEMON_SQUEEZY_SECRET_PATTERN } from '../../../domain/source-secrets';
import { providerSource } from '../provider-source';

/** Lemon Squeezy: a webhook per store, `X-Signature` the hex HMAC of the raw body (no timestamp is signed). */
export const lemonSqueezySource = providerSource({
  id: 'lemon_squeezy',
  recordsAs: 'lemon_squeezy',
  pathSegment: 'lemon-squeezy',
  eventTypes: LEMON_SQUEEZY_EVENT_TYPES,
  secretRule: {
    pattern: LEMON_SQUEEZY_SECRET_PATTERN,
    message: 'Must be the webhook’s signing secret from Lemon Squeezy: 6 to 40 characters without spaces',
  },
  verify: async (d) =>
    (await verifyLemonSqueezySignature({ header: d.header('x-signature'), payload: d.payload, secret: d.secret }))
      ? { ok: true, timestamp: d.nowSeconds }
      : { ok: false, reason: 'mismatch' },
  refusal: () => ({
    status: 400,
    code: 'invalid_signature',
    message: 'X-Signature does not match this webhook’s signing secret',
  }),
  read: (json) => {
    const envelope = lemonSqueezyEnvelope.parse(json);
    return { type: envelope.meta.event_name, mapping: mapLemonSqueezyEvent(envelope) };
  },
});
