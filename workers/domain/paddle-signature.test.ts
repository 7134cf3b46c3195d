import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parsePaddleSignature, verifyPaddleSignature } from './paddle-signature';

const secret = 'pdl_ntfset_01gkpjp8bkm3tm53kdgkx6sms7_6h3qd3uFSi9YCD3OLYAShQI90XTI5vEI';
const body = new TextEncoder().encode('{"event_id":"evt_1"}');
const h1 = (key: string, ts: number) => createHmac('sha256', key).update(`${ts}:{"event_id":"evt_1"}`).digest('hex');
const now = 1_700_000_000;

describe('verifyPaddleSignature', () => {
  it.each([
    { label: 'a valid signature', header: `ts=${now};h1=${h1(secret, now)}`, expected: { ok: true } },
    {
      label: 'one of two h1 during rotation',
      header: `ts=${now};h1=${h1('old', now)};h1=${h1(secret, now)}`,
      expected: { ok: true },
    },
    { label: '5 seconds old', header: `ts=${now - 5};h1=${h1(secret, now - 5)}`, expected: { ok: true } },
    {
      label: 'a replay 6 seconds later',
      header: `ts=${now - 6};h1=${h1(secret, now - 6)}`,
      expected: { ok: false, reason: 'expired' },
    },
    { label: 'another key', header: `ts=${now};h1=${h1('other', now)}`, expected: { ok: false, reason: 'mismatch' } },
    {
      label: 'Stripe’s scheme',
      header: `t=${now},v1=${h1(secret, now)}`,
      expected: { ok: false, reason: 'malformed' },
    },
    { label: 'no header', header: undefined, expected: { ok: false, reason: 'malformed' } },
  ])('$label', async ({ header, expected }) => {
    expect(await verifyPaddleSignature({ header, payload: body, secret, nowSeconds: now })).toMatchObject(expected);
  });

  it('a timestamp changed after signing does not match', async () => {
    const header = `ts=${now + 1};h1=${h1(secret, now)}`;
    expect(await verifyPaddleSignature({ header, payload: body, secret, nowSeconds: now })).toMatchObject({
      reason: 'mismatch',
    });
  });

  it('parses at most 8 signatures', () => {
    const many = Array.from({ length: 9 }, () => `h1=${'a'.repeat(64)}`).join(';');
    expect(parsePaddleSignature(`ts=1;${many}`)).toBeNull();
  });
});
