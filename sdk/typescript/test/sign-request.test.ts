import { describe, expect, it } from 'vitest';
import { signatureHeader, signRequest } from '../src/index';
import { conversionVectors } from './vectors';

describe('signRequest against the shared vectors', () => {
  it.each(conversionVectors)('$name', async (v) => {
    expect(await signRequest(v.secret, v.timestamp, v.body)).toBe(v.signature);
    // Bytes and text sign the same: the UTF-8 encoding is what is signed.
    expect(await signRequest(v.secret, v.timestamp, new TextEncoder().encode(v.body))).toBe(v.signature);
    expect(await signatureHeader(v.secret, v.timestamp, v.body)).toBe(v.header);
  });

  it('changes with one byte of the body, the timestamp or the secret', async () => {
    const v = conversionVectors[0]!;
    const others = await Promise.all([
      signRequest(v.secret, v.timestamp, `${v.body} `),
      signRequest(v.secret, v.timestamp + 1, v.body),
      signRequest(`${v.secret}x`, v.timestamp, v.body),
    ]);
    for (const other of others) expect(other).not.toBe(v.signature);
  });
});
