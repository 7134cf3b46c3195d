import { describe, expect, test } from 'vitest';
import { API_KEY_PATTERN, apiKeyLookupHash, generateApiKey, generatePostbackSecret, maskApiKey } from './api-key';
import { sha256Hex } from './secret-token';

describe('API keys', () => {
  test('have the documented shape; only the hash, prefix and last 4 are kept', async () => {
    const k = await generateApiKey();
    expect(k.key).toMatch(API_KEY_PATTERN);
    expect(k.key.startsWith(`${k.prefix}_`)).toBe(true);
    expect(k.prefix).toMatch(/^ae_live_[0-9a-z]{8}$/);
    expect(k.key.endsWith(k.last4)).toBe(true);
    expect(k.keyHash).toBe(await sha256Hex(k.key));
    expect(k.signingSecret).toMatch(/^ae_sig_[0-9A-Za-z]{40}$/);
    expect(maskApiKey(k.prefix, k.last4)).toBe(`${k.prefix}_…${k.last4}`);
  });

  test('are different every time', async () => {
    const keys = await Promise.all(Array.from({ length: 20 }, generateApiKey));
    expect(new Set(keys.map((k) => k.key)).size).toBe(20);
    expect(new Set(keys.map((k) => k.signingSecret)).size).toBe(20);
  });

  test('a lookup hash exists only for well-formed keys', async () => {
    const k = await generateApiKey();
    expect(await apiKeyLookupHash(k.key)).toBe(k.keyHash);
    expect(await apiKeyLookupHash(`${k.key}x`)).toBeNull();
    expect(await apiKeyLookupHash('Bearer whatever')).toBeNull();
  });

  test('postback secrets are returned with their hash', async () => {
    const { secret, hash } = await generatePostbackSecret();
    expect(secret).toMatch(/^pbs_[0-9A-Za-z]{40}$/);
    expect(hash).toBe(await sha256Hex(secret));
  });
});
