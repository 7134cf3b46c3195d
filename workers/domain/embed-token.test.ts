import { describe, expect, test } from 'vitest';
import {
  EMBED_TOKEN_PATTERN,
  embedOrigin,
  embedTheme,
  embedTokenLookupHash,
  frameAncestors,
  generateEmbedToken,
  signedRequestHash,
} from './embed-token';

describe('embed tokens', () => {
  test('a new token has our shape and is looked up by its hash', async () => {
    const { token, tokenHash } = await generateEmbedToken();
    expect(token).toMatch(EMBED_TOKEN_PATTERN);
    expect(await embedTokenLookupHash(token)).toBe(tokenHash);
    expect(await embedTokenLookupHash(`${token}x`)).toBeNull();
  });

  test('the same timestamp and body name the same request; either changed, another', async () => {
    const body = new TextEncoder().encode('{"a":1}');
    const same = await signedRequestHash(100, body);
    expect(await signedRequestHash(100, body)).toBe(same);
    expect(await signedRequestHash(101, body)).not.toBe(same);
    expect(await signedRequestHash(100, new TextEncoder().encode('{"a":2}'))).not.toBe(same);
  });
});

describe('embed origins', () => {
  test.each([
    ['https://podruga.example', true],
    ['https://app.podruga.example:8443', true],
    ['http://localhost:5173', true],
    ['http://podruga.example', false],
    ['https://podruga.example/', false],
    ['https://podruga.example/settings', false],
    ['https://*.podruga.example', false],
    ["https://a.example 'unsafe-inline'", false],
    ['javascript:alert(1)', false],
  ])('%s → %s', (origin, ok) => {
    expect(embedOrigin.safeParse(origin).success).toBe(ok);
  });

  test('frame-ancestors names the origins, or none', () => {
    expect(frameAncestors(['https://a.example', 'https://b.example'])).toBe(
      'frame-ancestors https://a.example https://b.example',
    );
    expect(frameAncestors([])).toBe("frame-ancestors 'none'");
  });
});

describe('embed theme', () => {
  test.each([
    [{ primaryColor: '#7048e8', font: 'Inter, sans-serif', mode: 'dark', locale: 'ru' }, true],
    [{}, true],
    [{ primaryColor: 'red;}body{display:none' }, false],
    [{ font: 'x;}</style><script>' }, false],
    [{ mode: 'sepia' }, false],
    [{ extra: 1 }, false],
  ])('%j → %s', (theme, ok) => {
    expect(embedTheme.safeParse(theme).success).toBe(ok);
  });
});
