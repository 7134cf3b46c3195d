import { describe, expect, it } from 'vitest';
import { computeSignature, verifySignature } from '../../workers/domain/request-signature';
import { webhookHeaders } from '../../workers/domain/webhook-signature';
import vectors from '../../sdk/signature-vectors.json';

// The vectors every client is tested against (sdk/signature-vectors.json) are checked here against the Worker's
// own code, so a client that passes them is accepted by the Worker, and the file cannot drift from it.
const encoder = new TextEncoder();

describe('conversion request vectors', () => {
  it.each(vectors.conversions)('the Worker accepts "$name"', async (v) => {
    const check = await verifySignature({
      header: v.header,
      payload: encoder.encode(v.body),
      secret: v.secret,
      nowSeconds: v.timestamp,
      toleranceSeconds: vectors.toleranceSeconds,
    });
    expect(check).toEqual({ ok: true, timestamp: v.timestamp });
    expect(await computeSignature(v.secret, v.timestamp, encoder.encode(v.body))).toBe(v.signature);
    expect(v.header).toBe(`t=${v.timestamp},v1=${v.signature}`);
  });

  it('the Worker refuses a vector one second past the tolerance', async () => {
    const v = vectors.conversions[0]!;
    const check = await verifySignature({
      header: v.header,
      payload: encoder.encode(v.body),
      secret: v.secret,
      nowSeconds: v.timestamp + vectors.toleranceSeconds + 1,
      toleranceSeconds: vectors.toleranceSeconds,
    });
    expect(check).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('webhook vectors', () => {
  it.each(vectors.webhooks)('the Worker signs "$name" exactly so', async (v) => {
    expect(await webhookHeaders([v.secret], v.id, v.timestamp, v.body)).toEqual({
      'webhook-id': v.id,
      'webhook-timestamp': String(v.timestamp),
      'webhook-signature': v.signature,
    });
  });
});
