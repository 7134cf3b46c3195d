import { hmacSha256, toHex, utf8 } from './hmac.js';

/** The header `POST /api/v1/conversions` verifies. */
export const SIGNATURE_HEADER = 'X-AE-Signature';

/**
 * The v1 signature of a conversion request: lower-case hex HMAC-SHA256, keyed with the API key's
 * signing secret (`ae_sig_…`), over `<timestamp>.<body>`. Sign the exact bytes you send: JSON
 * serialised again (other spacing or key order) would not match.
 */
export async function signRequest(secret: string, timestamp: number, body: string | Uint8Array): Promise<string> {
  const payload = typeof body === 'string' ? utf8(body) : body;
  const prefix = utf8(`${timestamp}.`);
  const message = new Uint8Array(prefix.length + payload.length);
  message.set(prefix, 0);
  message.set(payload, prefix.length);
  return toHex(await hmacSha256(utf8(secret), message));
}

/** The whole `X-AE-Signature` value: `t=<unix seconds>,v1=<hex>`. */
export async function signatureHeader(secret: string, timestamp: number, body: string | Uint8Array): Promise<string> {
  return `t=${timestamp},v1=${await signRequest(secret, timestamp, body)}`;
}
