import { verifySignature, type SignatureCheck } from './request-signature';

/**
 * Stripe signs webhooks with the scheme of request-signature.ts: `Stripe-Signature: t=…,v1=…`,
 * HMAC-SHA256 keyed with the endpoint's whole `whsec_…` string as UTF-8 (what Stripe's own
 * libraries do), over `<t>.<raw body>`. Stripe's libraries allow 300 seconds of age.
 */
export const STRIPE_TOLERANCE_SECONDS = 300;

export function verifyStripeSignature(
  header: string | null | undefined,
  payload: Uint8Array,
  webhookSecret: string,
  nowSeconds: number,
): Promise<SignatureCheck> {
  return verifySignature({
    header,
    payload,
    secret: webhookSecret,
    nowSeconds,
    toleranceSeconds: STRIPE_TOLERANCE_SECONDS,
  });
}

/** A Stripe endpoint secret as the dashboard or the Stripe CLI shows it. */
export const STRIPE_WEBHOOK_SECRET_PATTERN = /^whsec_[0-9A-Za-z+/=_-]{16,200}$/;
