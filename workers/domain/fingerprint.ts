/**
 * Seed 001's device fingerprint: SHA-256 of "user agent:accept-language", first 32 hex chars.
 * It keeps no raw personal data and lets a conversion find its click across cookie loss.
 */
export async function fingerprint(userAgent: string | null, acceptLanguage: string | null): Promise<string> {
  const raw = new TextEncoder().encode(`${userAgent ?? ''}:${acceptLanguage ?? ''}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw));
  let hex = '';
  for (let i = 0; i < 16; i++) hex += digest[i]!.toString(16).padStart(2, '0');
  return hex;
}
