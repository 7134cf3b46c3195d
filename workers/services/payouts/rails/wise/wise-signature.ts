/**
 * Wise signs each webhook delivery with its RSA key: RSA-SHA256 (PKCS #1 v1.5) over the raw body, base64, in
 * X-Signature-SHA256; receivers verify with Wise's published public key (PEM, SPKI). WebCrypto only.
 */
export async function verifyWiseSignature(
  header: string | undefined,
  body: Uint8Array,
  publicKeyPem: string,
): Promise<boolean> {
  if (!header) return false;
  let signature: Uint8Array;
  try {
    signature = Uint8Array.from(atob(header.trim()), (c) => c.charCodeAt(0));
  } catch {
    return false;
  }
  const der = Uint8Array.from(atob(publicKeyPem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '')), (c) =>
    c.charCodeAt(0),
  );
  const key = await crypto.subtle.importKey('spki', der, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, [
    'verify',
  ]);
  return crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signature, body);
}
