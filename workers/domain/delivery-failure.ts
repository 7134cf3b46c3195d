/**
 * Why an outgoing postback or webhook was not delivered, in kinds a sentence can be written for. The stored
 * `lastError` stays the sender's raw words (shown to support behind a Details toggle); people read the kind.
 */
export type DeliveryFailureKind =
  | 'refused_url' // our URL guard refused the target (private address, not on the allow-list)
  | 'endpoint_off' // the webhook endpoint was turned off or deleted before the delivery
  | 'timeout' // no answer within the time limit
  | 'unreachable' // no connection: DNS, refused, TLS, the runtime's own network error
  | 'redirect' // a 3xx, which deliveries never follow
  | 'rejected' // the receiver answered 4xx/5xx
  | 'unknown';

/** Classifies a failed delivery by its HTTP status (null: no answer) and the stored error text. */
export function deliveryFailureKind(statusCode: number | null, lastError: string | null): DeliveryFailureKind {
  const error = (lastError ?? '').trim().toLowerCase();
  if (error.startsWith('refused:')) return 'refused_url';
  if (error === 'endpoint disabled' || error === 'endpoint deleted') return 'endpoint_off';
  if ((statusCode !== null && statusCode >= 300 && statusCode < 400) || error.startsWith('redirect to'))
    return 'redirect';
  if ((statusCode !== null && statusCode >= 400) || /^http \d{3}/.test(error)) return 'rejected';
  if (error.startsWith('timed out') || error.includes('timeout')) return 'timeout';
  if (error.startsWith('network error') || error.includes('dns') || error.includes('connect')) return 'unreachable';
  return 'unknown';
}

/** The HTTP status of a rejected delivery, from the status column or the stored "HTTP 502" text. */
export function deliveryFailureStatus(statusCode: number | null, lastError: string | null): number | null {
  if (statusCode !== null) return statusCode;
  const match = /^HTTP (\d{3})/i.exec((lastError ?? '').trim());
  return match ? Number(match[1]) : null;
}
