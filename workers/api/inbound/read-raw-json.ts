import type { Context } from 'hono';
import { SIGNATURE_HEADER, verifySignature } from '../../domain/request-signature';
import { AppError } from '../../errors/app-error';
import type { AppEnv } from '../types';

export { SIGNATURE_HEADER };

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
 * Checks `X-AE-Signature` over `payload` against `secret` within the configured tolerance and answers its signed
 * timestamp. A stale signature is told apart from a wrong one, so a sender knows to re-sign.
 */
export async function verifiedTimestamp(
  c: Context<AppEnv>,
  payload: Uint8Array,
  { secret, now }: { secret: string; now: Date },
): Promise<number> {
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
  return check.timestamp;
}

/** The raw body once its `X-AE-Signature` matches `secret`; its signed timestamp comes back too. */
export async function readSignedJsonBody(
  c: Context<AppEnv>,
  opts: { secret: string; now: Date },
): Promise<{ payload: Uint8Array; timestamp: number }> {
  const payload = await readRawJsonBody(c);
  return { payload, timestamp: await verifiedTimestamp(c, payload, opts) };
}

/**
 * A signed GET: the signature covers `<t>.<path and query>` as sent (`/api/v1/apps/editions/resolve?host=…`),
 * so neither the host asked about nor the path can be changed in transit.
 */
export async function verifySignedTarget(c: Context<AppEnv>, opts: { secret: string; now: Date }): Promise<number> {
  const url = new URL(c.req.url);
  return verifiedTimestamp(c, new TextEncoder().encode(`${url.pathname}${url.search}`), opts);
}
