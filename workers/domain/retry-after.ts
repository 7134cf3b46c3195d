/** Longest wait a source may ask for that we honour as given; longer ones are capped to it. */
export const MAX_RETRY_AFTER_SECONDS = 3600;

/**
 * An HTTP Retry-After value (RFC 9110 §10.2.3: delay-seconds or an HTTP date) as whole seconds from
 * `now`, at least 1 and at most an hour; NULL when the header is absent or unreadable.
 */
export function retryAfterSeconds(header: string | null, now: Date): number | null {
  if (!header) return null;
  const text = header.trim();
  let seconds: number;
  if (/^\d+$/.test(text)) seconds = Number(text);
  else {
    const at = Date.parse(text);
    if (Number.isNaN(at)) return null;
    seconds = Math.ceil((at - now.getTime()) / 1000);
  }
  return Math.min(Math.max(seconds, 1), MAX_RETRY_AFTER_SECONDS);
}
