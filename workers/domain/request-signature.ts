/**
 * Timestamped HMAC signatures in Stripe's scheme, used by `POST /api/v1/conversions`
 * (`X-AE-Signature`) and by Stripe webhooks (`Stripe-Signature`):
 *
 *   header    t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>[,v1=<…>]
 *
 * Several v1 entries let a sender sign with an old and a new secret while rotating. Other schemes
 * (Stripe's v0) are ignored. The timestamp is covered by the HMAC, so a captured request can only
 * be replayed inside the tolerance window, and only with its exact bytes.
 */

/** Our own signature header: the conversions API, the generic webhook and embed-token requests. */
export const SIGNATURE_HEADER = 'X-AE-Signature';

export type SignatureCheck =
  | { ok: true; timestamp: number }
  | { ok: false; reason: 'malformed' | 'mismatch' | 'expired' };

export interface ParsedSignatureHeader {
  timestamp: number;
  /** The v1 signatures, as bytes. */
  signatures: Uint8Array<ArrayBuffer>[];
}

export interface VerifySignatureInput {
  header: string | null | undefined;
  /** The body exactly as received: a re-serialised JSON body would not match. */
  payload: Uint8Array;
  secret: string;
  nowSeconds: number;
  toleranceSeconds: number;
}

// Bounds keep a hostile header from costing more than a handful of HMACs.
const MAX_HEADER_LENGTH = 2_048;
const MAX_SIGNATURES = 8;
const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;
const UNIX_SECONDS = /^\d{1,12}$/;

const encoder = new TextEncoder();

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

export const bytesToHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * How a provider lays out a timestamped HMAC header: Stripe's (and ours) `t=…,v1=…` over "<t>.<body>",
 * Paddle's `ts=…;h1=…` over "<ts>:<body>". One parser and one verifier serve every such scheme.
 */
export interface TimestampedScheme {
  separator: string;
  timestampKey: string;
  signatureKey: string;
  /** What joins the timestamp and the raw body in the signed bytes. */
  joiner: string;
}

export const STRIPE_SCHEME: TimestampedScheme = { separator: ',', timestampKey: 't', signatureKey: 'v1', joiner: '.' };

/** The header's timestamp and signatures; null when it is not a well-formed header. Unknown keys are skipped. */
export function parseSignatureHeader(
  header: string | null | undefined,
  scheme: TimestampedScheme = STRIPE_SCHEME,
): ParsedSignatureHeader | null {
  if (!header || header.length > MAX_HEADER_LENGTH) return null;
  let timestamp: number | null = null;
  const signatures: Uint8Array<ArrayBuffer>[] = [];
  for (const part of header.split(scheme.separator)) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === scheme.timestampKey) {
      if (timestamp !== null || !UNIX_SECONDS.test(value)) return null;
      timestamp = Number(value);
    } else if (key === scheme.signatureKey) {
      if (!HEX_SHA256.test(value)) return null;
      signatures.push(hexToBytes(value));
    }
  }
  if (timestamp === null || signatures.length === 0 || signatures.length > MAX_SIGNATURES) return null;
  return { timestamp, signatures };
}

/** The bytes that are signed: `<t>.` followed by the raw payload. */
function concatBytes(prefix: Uint8Array, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(prefix.length + payload.length);
  bytes.set(prefix, 0);
  bytes.set(payload, prefix.length);
  return bytes;
}

function signedBytes(scheme: TimestampedScheme, timestamp: number, payload: Uint8Array): Uint8Array<ArrayBuffer> {
  return concatBytes(encoder.encode(`${timestamp}${scheme.joiner}`), payload);
}

/** An HMAC-SHA256 key from a secret's UTF-8 bytes, as every provider we verify keys it. */
export const hmacKey = (secret: string, usage: 'sign' | 'verify') =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [usage]);

/** The hex signature of `payload` at `timestamp`: what a sender puts in the header. */
export async function computeSignature(
  secret: string,
  timestamp: number,
  payload: Uint8Array,
  scheme: TimestampedScheme = STRIPE_SCHEME,
): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), signedBytes(scheme, timestamp, payload));
  return bytesToHex(new Uint8Array(mac));
}

/** A complete header value, for senders and tests. */
export async function signatureHeader(secret: string, timestamp: number, payload: Uint8Array): Promise<string> {
  return `t=${timestamp},v1=${await computeSignature(secret, timestamp, payload)}`;
}

/**
 * Checks the signature first and the time window second, so a caller without the secret learns
 * nothing about our clock. crypto.subtle.verify compares in constant time.
 */
export async function verifySignature(
  input: VerifySignatureInput,
  scheme: TimestampedScheme = STRIPE_SCHEME,
): Promise<SignatureCheck> {
  const parsed = parseSignatureHeader(input.header, scheme);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const key = await hmacKey(input.secret, 'verify');
  const data = signedBytes(scheme, parsed.timestamp, input.payload);
  let matched = false;
  for (const signature of parsed.signatures) {
    // Every candidate is checked (no early exit), so timing does not tell which one matched.
    if (await crypto.subtle.verify('HMAC', key, signature, data)) matched = true;
  }
  if (!matched) return { ok: false, reason: 'mismatch' };
  if (Math.abs(input.nowSeconds - parsed.timestamp) > input.toleranceSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, timestamp: parsed.timestamp };
}
