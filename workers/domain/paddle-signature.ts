import { bytesToHex, concatBytes, hexToBytes, hmacKey, type SignatureCheck } from './request-signature';

/**
 * Paddle Billing signs each webhook with its notification destination's secret key:
 *
 *   Paddle-Signature: ts=<unix seconds>;h1=<hex HMAC-SHA256(secret, "<ts>:<raw body>")>[;h1=<…>]
 *
 * (developer.paddle.com/webhooks/about/signature-verification). While a secret is rotated Paddle
 * sends one h1 per valid secret. Paddle's SDKs refuse a ts more than 5 seconds off, and its docs
 * ask manual verifiers to do the same: the ts is covered by the HMAC, so that bounds replays.
 */
export const PADDLE_TOLERANCE_SECONDS = 5;

const MAX_HEADER_LENGTH = 2_048;
const MAX_SIGNATURES = 8;
const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;
const UNIX_SECONDS = /^\d{1,12}$/;
const encoder = new TextEncoder();

interface ParsedPaddleSignature {
  timestamp: number;
  signatures: Uint8Array<ArrayBuffer>[];
}

/** The header's ts and h1 values; null when it is not a well-formed header. Unknown keys are skipped. */
export function parsePaddleSignature(header: string | null | undefined): ParsedPaddleSignature | null {
  if (!header || header.length > MAX_HEADER_LENGTH) return null;
  let timestamp: number | null = null;
  const signatures: Uint8Array<ArrayBuffer>[] = [];
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 'ts') {
      if (timestamp !== null || !UNIX_SECONDS.test(value)) return null;
      timestamp = Number(value);
    } else if (key === 'h1') {
      if (!HEX_SHA256.test(value)) return null;
      signatures.push(hexToBytes(value));
    }
  }
  if (timestamp === null || signatures.length === 0 || signatures.length > MAX_SIGNATURES) return null;
  return { timestamp, signatures };
}

const signedBytes = (timestamp: number, payload: Uint8Array) => concatBytes(encoder.encode(`${timestamp}:`), payload);

/** The hex h1 of `payload` at `timestamp`: what Paddle (and our local Paddle server) puts in the header. */
export async function paddleSignature(secret: string, timestamp: number, payload: Uint8Array): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await hmacKey(secret, 'sign'), signedBytes(timestamp, payload));
  return bytesToHex(new Uint8Array(mac));
}

/**
 * Checks every h1 (no early exit, constant-time compares), then the time window, so a caller
 * without the secret learns nothing about our clock.
 */
export async function verifyPaddleSignature(input: {
  header: string | null | undefined;
  payload: Uint8Array;
  secret: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): Promise<SignatureCheck> {
  const parsed = parsePaddleSignature(input.header);
  if (!parsed) return { ok: false, reason: 'malformed' };
  const key = await hmacKey(input.secret, 'verify');
  const data = signedBytes(parsed.timestamp, input.payload);
  let matched = false;
  for (const signature of parsed.signatures) {
    if (await crypto.subtle.verify('HMAC', key, signature, data)) matched = true;
  }
  if (!matched) return { ok: false, reason: 'mismatch' };
  const tolerance = input.toleranceSeconds ?? PADDLE_TOLERANCE_SECONDS;
  if (Math.abs(input.nowSeconds - parsed.timestamp) > tolerance) return { ok: false, reason: 'expired' };
  return { ok: true, timestamp: parsed.timestamp };
}
