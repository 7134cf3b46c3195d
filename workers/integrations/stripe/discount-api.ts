import { z } from 'zod';
import { StripeApiError, type StripeConfig, stripeRequest } from './stripe-client';

/**
 * Promotion codes name their coupon under `promotion` from this API version on (before it, a
 * top-level `coupon`); pinned so an account's default version cannot change the request's shape.
 */
export const DISCOUNT_API_VERSION = '2025-09-30.clover';

const promotionCode = z.object({ id: z.string(), active: z.boolean(), code: z.string() });
export type StripePromotionCode = z.infer<typeof promotionCode>;

const withVersion = (cfg: StripeConfig): StripeConfig => ({ ...cfg, apiVersion: DISCOUNT_API_VERSION });

/**
 * Creates the coupon under its deterministic id; one that already exists (made by an earlier run,
 * past the 24 hours Stripe keeps idempotent replies) is the same coupon, so that counts as done.
 */
export async function ensureCoupon(
  cfg: StripeConfig,
  fields: Record<string, string>,
  idempotencyKey: string,
): Promise<void> {
  try {
    await stripeRequest<unknown>(withVersion(cfg), 'POST', '/v1/coupons', fields, idempotencyKey);
  } catch (err) {
    if (err instanceof StripeApiError && err.code === 'resource_already_exists') return;
    throw err;
  }
}

export async function createPromotionCode(
  cfg: StripeConfig,
  input: { couponId: string; code: string; metadata: Record<string, string> },
  idempotencyKey: string,
): Promise<StripePromotionCode> {
  const body = await stripeRequest<unknown>(
    withVersion(cfg),
    'POST',
    '/v1/promotion_codes',
    { promotion: { type: 'coupon', coupon: input.couponId }, code: input.code, active: true, metadata: input.metadata },
    idempotencyKey,
  );
  return promotionCode.parse(body);
}

export async function setPromotionCodeActive(
  cfg: StripeConfig,
  input: { promotionCodeId: string; active: boolean },
  idempotencyKey: string,
): Promise<StripePromotionCode> {
  const body = await stripeRequest<unknown>(
    withVersion(cfg),
    'POST',
    `/v1/promotion_codes/${encodeURIComponent(input.promotionCodeId)}`,
    { active: input.active },
    idempotencyKey,
  );
  return promotionCode.parse(body);
}
