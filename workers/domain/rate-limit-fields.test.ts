import { describe, expect, it } from 'vitest';
import { appendRateLimitFields, rateLimitFields } from './rate-limit-fields';

const policy = { name: 'login.ip', quota: 20, windowSeconds: 60 };

describe('rateLimitFields (draft-ietf-httpapi-ratelimit-headers-11)', () => {
  it.each([
    [{ policy, remaining: 19, resetSeconds: 42 }, '"login.ip";r=19;t=42', '"login.ip";q=20;w=60'],
    // Never a negative or fractional Integer: both are malformed, and a client must ignore the field.
    [{ policy, remaining: -3, resetSeconds: 0.4 }, '"login.ip";r=0;t=0', '"login.ip";q=20;w=60'],
    [
      { policy: { name: 'login_failure', quota: 5, windowSeconds: 900 }, remaining: 0, resetSeconds: 899 },
      '"login_failure";r=0;t=899',
      '"login_failure";q=5;w=900',
    ],
  ])('%o → RateLimit %s, RateLimit-Policy %s', (limit, rateLimit, rateLimitPolicy) => {
    expect(rateLimitFields(limit)).toEqual({ RateLimit: rateLimit, 'RateLimit-Policy': rateLimitPolicy });
  });

  it('refuses a name that would need escaping in an sf-string', () => {
    expect(() => rateLimitFields({ policy: { ...policy, name: 'a"b' }, remaining: 1, resetSeconds: 1 })).toThrow();
  });

  it('lists several policies in one field', () => {
    const headers = new Headers();
    appendRateLimitFields(headers, { policy, remaining: 3, resetSeconds: 10 });
    appendRateLimitFields(headers, {
      policy: { name: 'login_failure', quota: 5, windowSeconds: 900 },
      remaining: 0,
      resetSeconds: 600,
    });
    expect(headers.get('ratelimit')).toBe('"login.ip";r=3;t=10, "login_failure";r=0;t=600');
    expect(headers.get('ratelimit-policy')).toBe('"login.ip";q=20;w=60, "login_failure";q=5;w=900');
  });
});
