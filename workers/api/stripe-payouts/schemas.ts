import { z } from '@hono/zod-openapi';
import { PayoutRail } from '../../../schema/enums';
import { STRIPE_WEBHOOK_SECRET_PATTERN } from '../../domain/stripe-signature';
import type { MyPayoutMethods } from '../../services/payouts';
import type { OrgStripeAccountView } from '../../services/stripe-payouts';
import { isoOrNull, timestamp } from '../shared/schemas';

export const connectStripeBody = z
  .object({
    secretKey: z
      .string()
      .trim()
      .max(255)
      .regex(/^sk_(test|live)_[0-9A-Za-z_]{8,}$/, 'a Stripe secret key: sk_test_… or sk_live_…')
      .describe('The Stripe account’s secret key; write-only, stored encrypted'),
    webhookSecret: z
      .string()
      .trim()
      .max(255)
      .regex(STRIPE_WEBHOOK_SECRET_PATTERN, 'a webhook signing secret: whsec_…')
      .nullish()
      .describe(
        'Signing secret of the Connect webhook endpoint pointing at webhookUrl; empty: results by polling only',
      ),
  })
  .strict()
  .openapi('ConnectStripePayoutAccount');

export const stripeAccountView = z
  .object({
    connected: z.boolean(),
    stripeAccountId: z.string().nullable(),
    livemode: z.boolean().nullable(),
    secretKeyLast4: z.string().nullable(),
    webhookSecretSet: z.boolean(),
    verifiedAt: timestamp.nullable().describe('When Stripe last accepted the key'),
    updatedAt: timestamp.nullable(),
    webhookUrl: z.url().describe('Give Stripe this URL as a Connect webhook endpoint'),
    payoutsFrom: z
      .enum(['organization', 'platform', 'none'])
      .describe('Which Stripe account pays now: the organization’s, the deployment’s, or none (Stripe rail off)'),
  })
  .openapi('StripePayoutAccount');

export const stripeAccountJson = (v: OrgStripeAccountView): z.infer<typeof stripeAccountView> => ({
  ...v,
  verifiedAt: isoOrNull(v.verifiedAt),
  updatedAt: isoOrNull(v.updatedAt),
});

const railFee = z.object({
  bps: z.number().int().describe('Percentage of the item, in basis points'),
  fixedMinor: z.number().int().describe('Fixed part, in the item currency’s minor units'),
  capMinor: z.number().int().nullable().describe('Upper bound per item in capCurrency, if the fee is capped'),
  capCurrency: z.string().nullable().describe('The currency whose items the cap applies to'),
});

export const myPayoutMethodsView = z
  .object({
    method: z
      .object({
        country: z.string(),
        rail: z.enum(PayoutRail),
        stripeAccountId: z.string().nullable(),
        onboarding: z.enum(['not_started', 'incomplete', 'pending_verification', 'ready']),
        requirementsDue: z.array(z.string()),
        lastPayoutStatus: z.string().nullable(),
        lastPayoutFailure: z.string().nullable(),
        checkedAt: timestamp.nullable(),
      })
      .nullable(),
    paypalEmail: z.string().nullable().describe('Your verified PayPal email; null: PayPal cannot pay you yet'),
    rails: z.array(
      z.object({
        rail: z.enum(PayoutRail),
        servesCountry: z.boolean(),
        enabled: z.boolean().describe('The advertiser can pay on this rail'),
        currencies: z.array(z.string()),
        fee: railFee,
      }),
    ),
  })
  .openapi('MyPayoutMethods');

export const myPayoutMethodsJson = (v: MyPayoutMethods): z.infer<typeof myPayoutMethodsView> => ({
  ...v,
  method: v.method ? { ...v.method, checkedAt: isoOrNull(v.method.checkedAt) } : null,
});

export const setPayoutMethodBody = z
  .object({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code, upper case')
      .describe('The country you are paid in'),
    rail: z.enum(PayoutRail).describe('paypal (your verified PayPal email) or stripe (a Stripe Express account)'),
  })
  .strict()
  .openapi('SetPayoutMethod');

export const onboardingLinkView = z
  .object({
    url: z.url().describe('Stripe’s hosted onboarding; single use'),
    expiresAt: timestamp,
  })
  .openapi('StripeOnboardingLink');
