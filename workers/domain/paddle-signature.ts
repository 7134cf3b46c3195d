import {
  parseSignatureHeader,
  type SignatureCheck,
  type TimestampedScheme,
  verifySignature,
} from './request-signature';

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

const PADDLE_SCHEME: TimestampedScheme = { separator: ';', timestampKey: 'ts', signatureKey: 'h1', joiner: ':' };

/** The header's ts and h1 values; null when it is not a well-formed header. Unknown keys are skipped. */
export const parsePaddleSignature = (header: string | null | undefined) => parseSignatureHeader(header, PADDLE_SCHEME);

/**
 * Checks every h1 (no early exit, constant-time compares), then the time window, so a caller
 * without the secret learns nothing about our clock.
 */
export function verifyPaddleSignature(input: {
  header: string | null | undefined;
  payload: Uint8Array;
  secret: string;
  nowSeconds: number;
  toleranceSeconds?: number;
}): Promise<SignatureCheck> {
  return verifySignature(
    { ...input, toleranceSeconds: input.toleranceSeconds ?? PADDLE_TOLERANCE_SECONDS },
    PADDLE_SCHEME,
  );
}
