import type { ApiErrorCode } from './types.js';

/** Why a call failed: the API's own error code, or what went wrong before an answer came. */
export type TrackErrorCode = ApiErrorCode | 'timeout' | 'network_error' | 'server_error' | 'unexpected_response';

/**
 * A call that did not succeed. `retryable` errors (timeouts, network errors, 5xx after every retry, 429) may be
 * sent again later; a track call with the same `eventId`, since the API records an event id once.
 */
export class AffiliateEdgeError extends Error {
  override readonly name = 'AffiliateEdgeError';

  constructor(
    message: string,
    readonly code: TrackErrorCode,
    /** The HTTP status; null when no answer came (timeout, network error). */
    readonly status: number | null,
    /** The event id that was sent: send the same one again to retry without a duplicate. Null for createEmbedToken. */
    readonly eventId: string | null,
    /** How many requests were made. */
    readonly attempts: number,
    readonly retryable: boolean,
    /** The API's `error.details` (for validation_failed, the failing fields; for rate_limited, retryAfterSeconds). */
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
