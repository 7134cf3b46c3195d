import type { Context } from 'hono';
import { verifySignature } from '../../domain/request-signature';
import { AppError } from '../../errors/app-error';
import type { AppEnv } from '../types';

/** Our own signature header: the conversions API, the generic billing webhook and embed-token requests. */
export const SIGNATURE_HEADER = 'X-AE-Signature';

const JSON_TYPE = /^application\/json\s*(;|$)/i;
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The body exactly as sent, for a signature over its bytes; the global body limit (64 KiB)
 * already applies while it is read. Refuses what does not claim to be JSON.
 */
export async function readRawJsonBody(c: Context<AppEnv>): Promise<Uint8Array> {
  if (!JSON_TYPE.test(c.req.header('content-type') ?? ''))
    throw new AppError('unsupported_media_type', 'Send the body as Content-Type: application/json');
  return new Uint8Array(await c.req.arrayBuffer());
}

/** JSON from the verified bytes. Invalid UTF-8 is refused rather than silently replaced. */
export function parseJsonBytes(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(bytes));
  } catch {
    throw new AppError('invalid_json', 'The body is not valid JSON in UTF-8');
  }
}

/**
 * The raw body once its `X-AE-Signature` matches `secret` within the configured tolerance; its signed
 * timestamp comes back too. A stale signature is told apart from a wrong one, so a sender knows to re-sign.
 */
export async function readSignedJsonBody(
  c: Context<AppEnv>,
  { secret, now }: { secret: string; now: Date },
): Promise<{ payload: Uint8Array; timestamp: number }> {
  const payload = await readRawJsonBody(c);
  const check = await verifySignature({
    header: c.req.header(SIGNATURE_HEADER),
    payload,
    secret,
    nowSeconds: Math.floor(now.getTime() / 1000),
    toleranceSeconds: c.var.config.SIGNATURE_TOLERANCE_SECONDS,
  });
  if (!check.ok && check.reason === 'expired')
    throw new AppError(
      'signature_expired',
      'The signature timestamp is outside the accepted window; sign again with the current time',
    );
  if (!check.ok)
    throw new AppError('invalid_signature', `${SIGNATURE_HEADER} is missing, malformed or does not match the body`);
  return { payload, timestamp: check.timestamp };
}
