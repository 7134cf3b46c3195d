/**
 * Tremendous signs each webhook delivery with the webhook's private key: HMAC-SHA256 of the raw
 * body, hex, in `Tremendous-Webhook-Signature: sha256=<hex>`. Pure apart from WebCrypto; compared
 * in constant time so a forger learns nothing from timing.
 */
export async function tremendousSignature(body: Uint8Array, key: string): Promise<string> {
  const k = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', k, body));
  return `sha256=${[...mac].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export async function verifyTremendousSignature(
  header: string | undefined,
  body: Uint8Array,
  key: string,
): Promise<boolean> {
  if (!header) return false;
  const expected = new TextEncoder().encode(await tremendousSignature(body, key));
  const given = new TextEncoder().encode(header.trim().toLowerCase());
  if (given.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < given.length; i++) diff |= given[i]! ^ expected[i]!;
  return diff === 0;
}
