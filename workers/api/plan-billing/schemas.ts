import { z } from '@hono/zod-openapi';
import { BillingPeriod, OrgSubscriptionStatus } from '../../../schema/enums';
import type { BillingOverview, CheckoutResult } from '../../services/plan-billing';
import { planSourceSchema } from '../platform/plan-schemas';
import { id, isoOrNull } from '../shared/schemas';

const billingPlan = z
  .object({
    id,
    code: z.string(),
    name: z.string(),
    monthlyPriceMinor: z.number().int().describe('Price per month billed monthly, in minor units of currency'),
    yearlyPriceMinor: z.number().int().describe('Price per year billed yearly, in minor units of currency'),
    currency: z.string().length(3),
  })
  .openapi('BillingPlan');

export const billingOverview = z
  .object({
    planId: id.describe('The plan the organization is on now'),
    source: planSourceSchema,
    billingPeriod: z.enum(BillingPeriod),
    subscription: z
      .object({
        status: z.enum(OrgSubscriptionStatus).describe('none: no subscription yet; past_due: a payment failed (grace)'),
        planId: id.nullable().describe('The plan the Stripe subscription pays for'),
        billingPeriod: z.enum(BillingPeriod).nullable(),
        currentPeriodEnd: z.iso.datetime().nullable().describe('Next renewal, or when a cancelled subscription ends'),
        cancelAtPeriodEnd: z.boolean(),
        graceUntil: z.iso.datetime().nullable().describe('After a failed payment: the paid plan is kept until then'),
        downgradedAt: z.iso
          .datetime()
          .nullable()
          .describe('When the organization was moved to the lowest plan for not paying'),
      })
      .nullable(),
    graceDays: z.number().int(),
    plans: z.array(billingPlan),
  })
  .openapi('BillingOverview');

export const billingOverviewView = (o: BillingOverview): z.infer<typeof billingOverview> => ({
  planId: o.planId,
  source: o.source,
  billingPeriod: o.billingPeriod,
  subscription: o.subscription && {
    status: o.subscription.status,
    planId: o.subscription.planId,
    billingPeriod: o.subscription.billingPeriod,
    currentPeriodEnd: isoOrNull(o.subscription.currentPeriodEnd),
    cancelAtPeriodEnd: o.subscription.cancelAtPeriodEnd,
    graceUntil: isoOrNull(o.subscription.graceUntil),
    downgradedAt: isoOrNull(o.subscription.downgradedAt),
  },
  graceDays: o.graceDays,
  plans: o.plans.map((p) => ({
    id: p.id,
    code: p.code,
    name: p.name,
    monthlyPriceMinor: p.monthlyPriceMinor,
    yearlyPriceMinor: p.yearlyPriceMinor,
    currency: p.currency,
  })),
});

export const checkoutBody = z
  .object({ planId: id, period: z.enum(BillingPeriod) })
  .strict()
  .openapi('CheckoutRequest');

export const checkoutResult = z
  .object({
    mode: z
      .enum(['checkout', 'updated'])
      .describe(
        'checkout: send the browser to url (Stripe Checkout); updated: the running subscription now has this plan',
      ),
    url: z.url(),
  })
  .openapi('CheckoutResult');

export const checkoutResultView = (r: CheckoutResult): z.infer<typeof checkoutResult> => r;

export const portalResult = z.object({ url: z.url() }).openapi('BillingPortalSession');

export const billingWebhookResult = z
  .object({
    received: z.literal(true),
    outcome: z.enum(['applied', 'duplicate', 'ignored']),
    reason: z.string().optional(),
  })
  .openapi('BillingWebhookResult');
