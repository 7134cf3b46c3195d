import { utf8 } from './hmac.js';
import { type CallOptions, type ClientOptions, sendSigned } from './send-signed.js';
import type { EmbedTokenCreated, EmbedTokenRequest } from './types.js';

/**
 * Asks `POST /api/v1/embed-tokens` for a token that opens the embedded referral dashboard for one signed-in
 * user. Retried like the track calls, and also when the API answers signature_replayed (an identical request
 * signed in the same second): issuing has no effect beyond the token itself, so a retry after a lost answer
 * costs only an unused token that expires on its own.
 */
export function createEmbedToken(
  options: ClientOptions,
  request: EmbedTokenRequest,
  call: CallOptions = {},
): Promise<EmbedTokenCreated> {
  return sendSigned<EmbedTokenCreated>(
    options,
    {
      path: '/api/v1/embed-tokens',
      body: utf8(JSON.stringify(request)),
      label: `createEmbedToken ${request.user.id}`,
      eventId: null,
      retryReplayed: true,
    },
    call,
  );
}
