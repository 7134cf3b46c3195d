/**
 * A restricted key as Stripe issues them (rk_test_… or rk_live_…): the API refuses anything else and the
 * dashboard checks the same pattern before sending, so a secret key (sk_…) is never stored by mistake.
 */
export const STRIPE_RESTRICTED_KEY_PATTERN = /^rk_(test|live)_[A-Za-z0-9]{24,247}$/;
