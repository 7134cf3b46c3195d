import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret } from './encryption';

const key = 'ab'.repeat(32);
const otherKey = 'cd'.repeat(32);

describe('encryptSecret / decryptSecret', () => {
  it('round-trips, with a fresh IV each time', async () => {
    const a = await encryptSecret('JBSWY3DPEHPK3PXP', key);
    const b = await encryptSecret('JBSWY3DPEHPK3PXP', key);
    expect(a).not.toBe(b);
    expect(await decryptSecret(a, key)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another key and any tampering', async () => {
    const sealed = await encryptSecret('secret', key);
    await expect(decryptSecret(sealed, otherKey)).rejects.toThrow();
    // Change the second-to-last character (six whole ciphertext bits) to a different one.
    const target = sealed.at(-2);
    const flipped = sealed.slice(0, -2) + (target === 'A' ? 'B' : 'A') + sealed.slice(-1);
    await expect(decryptSecret(flipped, key)).rejects.toThrow();
    await expect(decryptSecret('plain', key)).rejects.toThrow('not an encrypted secret');
  });

  it('refuses a key of the wrong size', async () => {
    await expect(encryptSecret('x', 'abcd')).rejects.toThrow(/64 hex/);
  });
});
