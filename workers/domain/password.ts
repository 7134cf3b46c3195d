import { fromBase64url, toBase64url } from './base64url';
/**
 * PBKDF2-SHA256 through WebCrypto. 100,000 iterations is the most the Workers runtime allows for
 * PBKDF2 and fits the CPU budget of a login; the parameters are stored with each hash
 * (`pbkdf2-sha256$<iterations>$<salt>$<hash>`, base64url) so they can be raised later and old
 * hashes rehashed on login.
 */
export const PASSWORD_ITERATIONS = 100_000;
/** Stored beside each hash (users.password_hash_params) so old parameters are easy to find. */
export const PASSWORD_HASH_PARAMS = `pbkdf2-sha256$${PASSWORD_ITERATIONS}`;
/**
 * Verified against when the account does not exist, so an unknown email costs the same time as a
 * wrong password and the response time does not reveal which emails are registered.
 */
export const DUMMY_PASSWORD_HASH = `pbkdf2-sha256$${PASSWORD_ITERATIONS}$${'A'.repeat(22)}$${'A'.repeat(43)}`;
const KEY_BITS = 256;

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, KEY_BITS);
  return new Uint8Array(bits);
}

export async function hashPassword(password: string, iterations = PASSWORD_ITERATIONS): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return `pbkdf2-sha256$${iterations}$${toBase64url(salt)}$${toBase64url(await derive(password, salt, iterations))}`;
}

export interface PasswordCheck {
  valid: boolean;
  /** True when the hash was made with other parameters than today's: rehash after a valid login. */
  needsRehash: boolean;
}

export async function verifyPassword(password: string, stored: string): Promise<PasswordCheck> {
  const [scheme, iterText, saltText, hashText] = stored.split('$');
  const iterations = Number(iterText);
  if (scheme !== 'pbkdf2-sha256' || !Number.isInteger(iterations) || iterations < 1 || !saltText || !hashText) {
    return { valid: false, needsRehash: false };
  }
  const expected = fromBase64url(hashText);
  const actual = await derive(password, fromBase64url(saltText), iterations);
  // Constant-time comparison: no early exit on the first differing byte.
  let diff = expected.length ^ actual.length;
  for (let i = 0; i < actual.length; i++) diff |= actual[i]! ^ (expected[i] ?? 0);
  return { valid: diff === 0, needsRehash: iterations !== PASSWORD_ITERATIONS };
}
