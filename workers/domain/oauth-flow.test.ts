import { describe, expect, it } from 'vitest';
import { pkceChallenge, safeNextPath, sameSecret, signOAuthFlow, verifyOAuthFlow } from './oauth-flow';

const SECRET = 'test-only-secret-0123456789abcdef0123456789';
const now = new Date('2026-05-01T10:00:00Z');

describe('safeNextPath', () => {
  it.each([
    ['/programs?tab=2#x', '/programs?tab=2#x'],
    ['/', '/'],
    [undefined, '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
    ['/a\nb', '/'],
    ['programs', '/'],
    [`/${'a'.repeat(600)}`, '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe('PKCE', () => {
  it('matches RFC 7636’s example', async () => {
    expect(await pkceChallenge('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });
});

describe('the flow cookie', () => {
  const flow = {
    provider: 'google' as const,
    intent: 'sign_in' as const,
    state: 's',
    nonce: 'n',
    verifier: 'v',
    next: '/',
  };

  it('round-trips for its provider only, until it expires', async () => {
    const token = await signOAuthFlow(flow, SECRET, now);
    expect(await verifyOAuthFlow(token, 'google', SECRET, now)).toEqual(flow);
    expect(await verifyOAuthFlow(token, 'github', SECRET, now)).toBeNull();
    expect(await verifyOAuthFlow(token, 'google', `${SECRET}x`, now)).toBeNull();
    expect(await verifyOAuthFlow(token, 'google', SECRET, new Date(now.getTime() + 11 * 60_000))).toBeNull();
  });

  it('compares secrets whole', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abd')).toBe(false);
    expect(sameSecret('abc', 'ab')).toBe(false);
  });
});
