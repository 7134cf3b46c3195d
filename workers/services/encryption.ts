import { fromBase64url, toBase64url } from '../domain/base64url';
/**
 * AES-256-GCM for the few secrets we must be able to read back (TOTP seeds, HMAC signing secrets):
 * hashing would make them useless. The key is the DATA_ENCRYPTION_KEY secret (64 hex chars).
 * Format: `v1.<iv base64url>.<ciphertext+tag base64url>`; `v1` leaves room for key rotation.
 */

const keys = new Map<string, Promise<CryptoKey>>();

function importKey(hexKey: string): Promise<CryptoKey> {
  let key = keys.get(hexKey);
  if (!key) {
    const raw = Uint8Array.from(hexKey.match(/../g) ?? [], (h) => parseInt(h, 16));
    if (raw.length !== 32) throw new Error('DATA_ENCRYPTION_KEY must be 32 bytes as 64 hex characters');
    key = crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
    keys.set(hexKey, key);
  }
  return key;
}

export async function encryptSecret(plaintext: string, hexKey: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    await importKey(hexKey),
    new TextEncoder().encode(plaintext),
  );
  return `v1.${toBase64url(iv)}.${toBase64url(new Uint8Array(sealed))}`;
}

/** Throws when the value was tampered with or sealed with another key. */
export async function decryptSecret(sealed: string, hexKey: string): Promise<string> {
  const [version, iv, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !data) throw new Error('not an encrypted secret');
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64url(iv) },
    await importKey(hexKey),
    fromBase64url(data),
  );
  return new TextDecoder().decode(plain);
}
