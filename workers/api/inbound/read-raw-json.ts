import type { Context } from 'hono';
import { AppError } from '../../errors/app-error';
import type { AppEnv } from '../types';

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
