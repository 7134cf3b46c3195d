import { utf8 } from './hmac.js';
import { type CallOptions, type ClientOptions, sendSigned } from './send-signed.js';
import type { ConversionEvent, ConversionOutcome } from './types.js';

export type { ClientOptions } from './send-signed.js';
/** Options of one track call. */
export type TrackOptions = CallOptions;

/**
 * Sends one event to `POST /api/v1/conversions`, retrying timeouts, network errors and 5xx answers with
 * backoff. Every attempt carries the same bytes, so the same event_id: the API records it once however many
 * attempts reach it. 4xx answers are final (the request itself is wrong) and are never retried.
 */
export function sendEvent(
  options: ClientOptions,
  event: ConversionEvent,
  call: TrackOptions = {},
): Promise<ConversionOutcome> {
  return sendSigned<ConversionOutcome>(
    options,
    {
      path: '/api/v1/conversions',
      body: utf8(JSON.stringify(event)),
      label: `${event.type} ${event.event_id}`,
      eventId: event.event_id,
    },
    call,
  );
}
