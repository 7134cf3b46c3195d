import { BASE62, randomString } from './random-codes';
import { sha256Hex } from './secret-token';

/**
 * Server-to-server credentials of an app. The key `ae_live_<8-char id>_<32 base62>` identifies
 * the app and is stored only as its SHA-256; the non-secret `ae_live_<id>` prefix and the last 4
 * characters are kept for display. The signing secret keys the request HMAC, so it is stored
 * encrypted, not hashed. Both are shown once.
 */
export const API_KEY_PATTERN = /^ae_live_([0-9a-z]{8})_([0-9A-Za-z]{32})$/;

export interface NewApiKey {
  key: string;
  prefix: string;
  last4: string;
  keyHash: string;
  signingSecret: string;
}

export async function generateApiKey(): Promise<NewApiKey> {
  const prefix = `ae_live_${randomString('0123456789abcdefghijklmnopqrstuvwxyz', 8)}`;
  const secret = randomString(BASE62, 32);
  const key = `${prefix}_${secret}`;
  return {
    key,
    prefix,
    last4: secret.slice(-4),
    keyHash: await sha256Hex(key),
    signingSecret: `ae_sig_${randomString(BASE62, 40)}`,
  };
}

/** What a list shows instead of the key: `ae_live_ab12cd34_…WXYZ`. */
export const maskApiKey = (prefix: string, last4: string): string => `${prefix}_…${last4}`;

/** The hash to look a presented key up by; null when it cannot be one of ours. */
export async function apiKeyLookupHash(presented: string): Promise<string | null> {
  return API_KEY_PATTERN.test(presented) ? sha256Hex(presented) : null;
}

/** An S2S `/postback` secret for a program: shown once, stored as its SHA-256. */
export async function generatePostbackSecret(): Promise<{ secret: string; hash: string }> {
  const secret = `pbs_${randomString(BASE62, 40)}`;
  return { secret, hash: await sha256Hex(secret) };
}
