import { toBase64url } from './base64url';
/**
 * Opaque secrets handed to users (refresh tokens, emailed links, recovery codes). Only their
 * SHA-256 is stored: they carry 128+ bits of randomness (recovery codes 50 bits behind an attempt
 * limit), so a fast hash is enough, and lookups by hash stay indexable.
 */

/** 32 random bytes, base64url: 256 bits. */
export function newSecretToken(): string {
  return toBase64url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

// Crockford-style base32 without look-alikes (no i, l, o, u): easy to read off and type.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** `xxxxx-xxxxx`: ten base32 characters, 50 bits. */
export function newRecoveryCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  const chars = Array.from(bytes, (b) => ALPHABET[b & 31]!).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

/** What a user types may differ in case, dashes and spaces; the hash is over this form. */
export function normalizeRecoveryCode(input: string): string {
  return input.toLowerCase().replace(/[\s-]/g, '');
}

export const RECOVERY_CODE_COUNT = 10;
