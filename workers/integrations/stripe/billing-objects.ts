import { z } from 'zod';

const metadata = z.record(z.string(), z.string()).catch({});

/** The fields of a Stripe subscription billing reads; the period sits on the item since API 2025-03-31. */
export const stripeSubscription = z.object({
  id: z.string(),
  customer: z.string(),
  status: z.string(),
  cancel_at_period_end: z.boolean(),
  current_period_end: z.number().int().optional(),
  metadata,
  items: z.object({
    data: z
      .array(
        z.object({
          id: z.string(),
          current_period_end: z.number().int().optional(),
          price: z.object({
            id: z.string(),
            currency: z.string(),
            unit_amount: z.number().int().nullable(),
            recurring: z.object({ interval: z.string() }).nullable(),
          }),
        }),
      )
      .min(1),
  }),
});
export type StripeSubscription = z.infer<typeof stripeSubscription>;

/** The end of the paid period, wherever the API version puts it. */
export const periodEndOf = (sub: StripeSubscription): number | null =>
  sub.items.data[0]?.current_period_end ?? sub.current_period_end ?? null;

export interface StripeCustomer {
  id: string;
}
export interface StripeCheckoutSession {
  id: string;
  url: string;
}
export interface StripePortalSession {
  id: string;
  url: string;
}
export interface StripePrice {
  id: string;
}
