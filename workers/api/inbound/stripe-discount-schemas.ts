import { z } from '@hono/zod-openapi';
import { STRIPE_RESTRICTED_KEY_PATTERN } from '../../domain/stripe-restricted-key';
import type { StripeDiscountsState } from '../../services/discounts';
import { isoOrNull, timestamp } from '../shared/schemas';

export const setStripeDiscountKeyBody = z
  .object({
    restrictedKey: z
      .string()
      .trim()
      .regex(STRIPE_RESTRICTED_KEY_PATTERN, 'Must be a restricted key from Stripe, starting with rk_')
      .describe(
        'A restricted key of the app’s Stripe account with Coupons and Promotion codes: Write (and nothing else); stored encrypted, never shown again',
      ),
  })
  .strict()
  .openapi('SetStripeDiscountKey');

export const stripeDiscounts = z
  .object({
    appId: z.uuid(),
    configured: z.boolean().describe('Whether a restricted key is stored (it is never shown again)'),
    counts: z
      .object({ pending: z.number().int(), synced: z.number().int(), failed: z.number().int() })
      .describe('Affiliates’ promotion codes by sync state'),
    failures: z.array(
      z.object({
        enrollmentId: z.uuid(),
        code: z.string().nullable(),
        attempts: z.number().int(),
        lastError: z.string().nullable().describe('Stripe’s words for the last failure'),
        nextAttemptAt: timestamp.nullable(),
      }),
    ),
  })
  .openapi('StripeDiscounts');

export const stripeDiscountsView = (s: StripeDiscountsState): z.infer<typeof stripeDiscounts> => ({
  appId: s.appId,
  configured: s.configured,
  counts: s.counts,
  failures: s.failures.map((f) => ({ ...f, nextAttemptAt: isoOrNull(f.nextAttemptAt) })),
});
