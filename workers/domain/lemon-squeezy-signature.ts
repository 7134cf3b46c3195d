import { bytesToHex, hexToBytes, hmacKey } from './request-signature';

/**
 * Lemon Squeezy signs each webhook with the signing secret set on the webhook (6 to 40
 * characters): `X-Signature: <hex HMAC-SHA256(secret, raw body)>`
 * (docs.lemonsqueezy.com/help/webhooks/signing-requests). The scheme has no timestamp, so a
 * captured request could be replayed at any time: replays are absorbed by the idempotency keys
 * (lemon-squeezy-event.ts), which make a second copy of any event record nothing.
 */
const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

export async function lemonSqueezySignature(secret: string, payload: Uint8Array): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), new Uint8Array(payload));
  return bytesToHex(new Uint8Array(mac));
}

/** Whether X-Signature is the HMAC of these exact bytes; crypto.subtle.verify compares in constant time. */
export async function verifyLemonSqueezySignature(input: {
  header: string | null | undefined;
  payload: Uint8Array;
  secret: string;
}): Promise<boolean> {
  const header = input.header?.trim();
  if (!header || !HEX_SHA256.test(header)) return false;
  const key = await hmacKey(input.secret, 'verify');
  return crypto.subtle.verify('HMAC', key, hexToBytes(header), new Uint8Array(input.payload));
}
