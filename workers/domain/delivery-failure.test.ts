import { describe, expect, it } from 'vitest';
import { deliveryFailureKind, deliveryFailureStatus } from './delivery-failure';

describe('deliveryFailureKind', () => {
  it.each([
    [null, 'network error: Error: internal error; reference = 4k2j9', 'unreachable'],
    [null, 'network error: TypeError: fetch failed', 'unreachable'],
    [null, 'timed out after 5000 ms', 'timeout'],
    [500, 'HTTP 500', 'rejected'],
    [404, 'HTTP 404', 'rejected'],
    [null, 'HTTP 502', 'rejected'],
    [302, 'redirect to https://elsewhere.example/ not followed', 'redirect'],
    [null, 'refused: the host resolves to a private address', 'refused_url'],
    [null, 'endpoint disabled', 'endpoint_off'],
    [null, 'endpoint deleted', 'endpoint_off'],
    [null, null, 'unknown'],
    [null, 'something else', 'unknown'],
  ] as const)('%s %j → %s', (status, error, kind) => {
    expect(deliveryFailureKind(status, error)).toBe(kind);
  });

  it('reads the status from the column or the stored text', () => {
    expect(deliveryFailureStatus(503, 'HTTP 503')).toBe(503);
    expect(deliveryFailureStatus(null, 'HTTP 502')).toBe(502);
    expect(deliveryFailureStatus(null, 'timed out after 5000 ms')).toBeNull();
  });
});
