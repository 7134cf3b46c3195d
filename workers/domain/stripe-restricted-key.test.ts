import { describe, expect, it } from 'vitest';
import { STRIPE_RESTRICTED_KEY_PATTERN } from './stripe-restricted-key';

const body = 'a1B2c3D4e5F6g7H8i9J0k1L2';

describe('STRIPE_RESTRICTED_KEY_PATTERN', () => {
  it.each([
    ['a test restricted key', `rk_test_${body}`, true],
    ['a live restricted key', `rk_live_${body}${body}`, true],
    ['a secret key', `sk_live_${body}`, false],
    ['a publishable key', `pk_test_${body}`, false],
    ['a webhook secret', `whsec_${body}`, false],
    ['a key too short to be Stripe’s', 'rk_test_abc123', false],
    ['a key with a space', `rk_test_${body} x`, false],
    ['another mode', `rk_prod_${body}`, false],
  ])('%s → %s', (_label, key, ok) => {
    expect(STRIPE_RESTRICTED_KEY_PATTERN.test(key)).toBe(ok);
  });
});
