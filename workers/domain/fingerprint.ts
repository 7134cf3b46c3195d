// A busy isolate hashes the same few user agents over and over.
const memo = new Map<string, string>();
const MEMO_MAX = 5_000;

/**
 * The device fingerprint: SHA-256 of "user agent:accept-language", first 32 hex chars.
 * It keeps no raw personal data and lets a conversion find its click across cookie loss.
 */
export async function fingerprint(userAgent: string | null, acceptLanguage: string | null): Promise<string> {
  const source = `${userAgent ?? ''}:${acceptLanguage ?? ''}`;
  const known = memo.get(source);
  if (known) return known;
  const raw = new TextEncoder().encode(source);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  let hex = '';
  for (let i = 0; i < 16; i++) hex += digest[i]!.toString(16).padStart(2, '0');
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(source, hex);
  return hex;
}
