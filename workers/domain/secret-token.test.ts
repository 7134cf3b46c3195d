import { describe, expect, it } from 'vitest';
import { newRecoveryCode, newSecretToken, normalizeRecoveryCode, sha256Hex } from './secret-token';
import { matchTotp, newTotpSecret, totpCode, totpStep } from './totp';

describe('secret tokens', () => {
  it('are 256-bit base64url and never repeat', () => {
    const tokens = new Set(Array.from({ length: 100 }, newSecretToken));
    expect(tokens.size).toBe(100);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('hash to hex SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('recovery codes read as xxxxx-xxxxx and normalize case, dashes and spaces', () => {
    const code = newRecoveryCode();
    expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    expect(normalizeRecoveryCode(` ${code.toUpperCase().replace('-', ' - ')} `)).toBe(code.replace('-', ''));
  });
});

describe('TOTP', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-01-01T12:00:10Z');

  it.each([
    ['the current step', 0, true],
    ['one step early (clock drift)', -1, true],
    ['one step late', 1, true],
    ['two steps away', 2, false],
  ])('matches a code from %s: %s', (_label, offset, matches) => {
    const code = totpCode(secret, new Date(now.getTime() + offset * 30_000));
    expect(matchTotp(secret, code, now)).toBe(matches ? totpStep(now) + offset : null);
  });

  it('refuses what is not six digits', () => {
    expect(matchTotp(secret, '12345', now)).toBeNull();
    expect(matchTotp(secret, 'abcdef', now)).toBeNull();
  });
});
