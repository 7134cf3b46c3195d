import type { BoundedMemo } from './bounded-memo';

/**
 * The device fingerprint: SHA-256 of "user agent:accept-language", first 32 hex chars.
 * It keeps no raw personal data and lets a conversion find its click across cookie loss. A busy
 * isolate hashes the same few user agents over and over: the caller may keep a memo of them.
 */
export async function fingerprint(
  userAgent: string | null,
  acceptLanguage: string | null,
  memo?: BoundedMemo<string, string>,
): Promise<string> {
  const source = `${userAgent ?? ''}:${acceptLanguage ?? ''}`;
  const known = memo?.get(source);
  if (known) return known;
  const raw = new TextEncoder().encode(source);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  let hex = '';
  for (let i = 0; i < 16; i++) hex += digest[i]!.toString(16).padStart(2, '0');
  memo?.set(source, hex);
  return hex;
}
