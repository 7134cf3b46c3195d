import { describe, expect, it } from 'vitest';
import { computeSignature, parseSignatureHeader, signatureHeader, verifySignature } from './request-signature';

const secret = 'ae_sig_0123456789abcdefghijklmnopqrstuvwxyzABCD';
const body = new TextEncoder().encode('{"event_id":"evt_1","type":"lead"}');
const now = 1_760_000_000;

const verify = (header: string | null, payload: Uint8Array = body, nowSeconds = now) =>
  verifySignature({ header, payload, secret, nowSeconds, toleranceSeconds: 300 });

describe('computeSignature', () => {
  it('is HMAC-SHA256 over "<t>.<body>" in lower-case hex (the vector openssl gives)', async () => {
    // printf '%s' '1760000000.{"event_id":"evt_1","type":"lead"}' | openssl dgst -sha256 -hmac "$secret"
    expect(await computeSignature(secret, now, body)).toBe(
      '8398571ee6530db3a0a1020d69c74fae8840540de150e2989cecaf07ef6af4b8',
    );
  });
});

describe('verifySignature', () => {
  it.each([
    {
      label: 'a valid signature',
      make: () => signatureHeader(secret, now, body),
      result: { ok: true, timestamp: now },
    },
    {
      label: 'a valid signature with spaces after commas',
      make: async () => `t=${now}, v1=${await computeSignature(secret, now, body)}`,
      result: { ok: true, timestamp: now },
    },
    {
      label: 'the signature in upper-case hex',
      make: async () => `t=${now},v1=${(await computeSignature(secret, now, body)).toUpperCase()}`,
      result: { ok: true, timestamp: now },
    },
    {
      label: 'a timestamp 300 s old (the edge of the window)',
      make: () => signatureHeader(secret, now - 300, body),
      result: { ok: true, timestamp: now - 300 },
    },
    {
      label: 'a timestamp 300 s ahead (clock skew)',
      make: () => signatureHeader(secret, now + 300, body),
      result: { ok: true, timestamp: now + 300 },
    },
    {
      label: 'a wrong secret',
      make: () => signatureHeader('ae_sig_other', now, body),
      result: { ok: false, reason: 'mismatch' },
    },
    {
      label: 'a signature of another body',
      make: () => signatureHeader(secret, now, new TextEncoder().encode('{"event_id":"evt_2","type":"lead"}')),
      result: { ok: false, reason: 'mismatch' },
    },
    {
      label: 'a header whose t was edited',
      make: async () => `t=${now + 1},v1=${await computeSignature(secret, now, body)}`,
      result: { ok: false, reason: 'mismatch' },
    },
    {
      label: 'a timestamp 301 s old (replay)',
      make: () => signatureHeader(secret, now - 301, body),
      result: { ok: false, reason: 'expired' },
    },
    {
      label: 'a timestamp an hour ahead',
      make: () => signatureHeader(secret, now + 3600, body),
      result: { ok: false, reason: 'expired' },
    },
    {
      label: 'several v1, the second valid (rotation)',
      make: async () => `t=${now},v1=${'0'.repeat(64)},v1=${await computeSignature(secret, now, body)}`,
      result: { ok: true, timestamp: now },
    },
    {
      label: 'several v1, none valid',
      make: async () => `t=${now},v1=${'0'.repeat(64)},v1=${await computeSignature('x', now, body)}`,
      result: { ok: false, reason: 'mismatch' },
    },
    {
      label: 'a v0 entry beside a valid v1 (ignored)',
      make: async () => `t=${now},v0=abc,v1=${await computeSignature(secret, now, body)}`,
      result: { ok: true, timestamp: now },
    },
  ])('$label', async ({ make, result }) => {
    expect(await verify(await make())).toEqual(result);
  });

  it('refuses a tampered body, one byte changed', async () => {
    const header = await signatureHeader(secret, now, body);
    const tampered = body.slice();
    tampered[3] = tampered[3]! ^ 1;
    expect(await verify(header, tampered)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a forged header with an old timestamp as a mismatch, not as expired (the clock stays private)', async () => {
    expect(await verify(`t=${now - 10_000},v1=${'a'.repeat(64)}`)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it.each([
    { label: 'no header', header: null },
    { label: 'an empty header', header: '' },
    { label: 'no timestamp', header: `v1=${'a'.repeat(64)}` },
    { label: 'no v1', header: `t=${now}` },
    { label: 'only a v0', header: `t=${now},v0=${'a'.repeat(64)}` },
    { label: 'a non-numeric timestamp', header: `t=abc,v1=${'a'.repeat(64)}` },
    { label: 'a negative timestamp', header: `t=-5,v1=${'a'.repeat(64)}` },
    { label: 'a timestamp in milliseconds and more', header: `t=1760000000000000,v1=${'a'.repeat(64)}` },
    { label: 'two timestamps', header: `t=${now},t=${now},v1=${'a'.repeat(64)}` },
    { label: 'a short v1', header: `t=${now},v1=abcdef` },
    { label: 'a v1 that is not hex', header: `t=${now},v1=${'z'.repeat(64)}` },
    { label: 'a part without =', header: `t=${now},v1` },
    { label: 'a bearer-style value', header: 'Bearer abc' },
    { label: 'nine v1 entries', header: `t=${now}${`,v1=${'a'.repeat(64)}`.repeat(9)}` },
    { label: 'a 3 KB header', header: `t=${now},v1=${'a'.repeat(64)},x=${'y'.repeat(3000)}` },
  ])('calls $label malformed', async ({ header }) => {
    expect(await verify(header)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('parseSignatureHeader', () => {
  it('returns the timestamp and every v1 as bytes', () => {
    const parsed = parseSignatureHeader(`t=${now},v1=${'ab'.repeat(32)},v1=${'cd'.repeat(32)}`);
    expect(parsed?.timestamp).toBe(now);
    expect(parsed?.signatures.map((s) => s[0])).toEqual([0xab, 0xcd]);
  });
});
