import { describe, expect, it } from 'vitest';
import { decideLimit } from './rate-limit';

const now = new Date('2026-01-01T12:00:00Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const policy = { limit: 5, windowSeconds: 900 };

describe('decideLimit (5 per 15 minutes)', () => {
  it.each([
    { label: 'no earlier attempts', earlier: [], expected: { allowed: true } },
    { label: 'four in the window', earlier: [10, 20, 30, 40].map(ago), expected: { allowed: true } },
    {
      label: 'five, all older than the window',
      earlier: [901, 902, 903, 904, 905].map(ago),
      expected: { allowed: true },
    },
    {
      label: 'five in the window: wait until the oldest ages out',
      earlier: [600, 10, 20, 30, 40].map(ago),
      expected: { allowed: false, retryAfterSeconds: 300 },
    },
    {
      label: 'six in the window: wait for the second oldest',
      earlier: [800, 700, 10, 20, 30, 40].map(ago),
      expected: { allowed: false, retryAfterSeconds: 200 },
    },
    {
      label: 'five just now: the full window',
      earlier: [0, 0, 0, 0, 0].map(ago),
      expected: { allowed: false, retryAfterSeconds: 900 },
    },
    {
      label: 'the oldest about to age out: at least one second',
      earlier: [899.9, 1, 1, 1, 1].map(ago),
      expected: { allowed: false, retryAfterSeconds: 1 },
    },
  ])('$label', ({ earlier, expected }) => {
    expect(decideLimit(earlier, policy, now)).toEqual(expected);
  });

  it('is order-independent', () => {
    expect(decideLimit([10, 600, 30, 20, 40].map(ago), policy, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 300,
    });
  });
});
