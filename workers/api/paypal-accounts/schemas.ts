import { z } from '@hono/zod-openapi';
import { type OrgPaypalAccountView, PaypalMode } from '../../services/paypal-accounts';
import { isoOrNull, timestamp } from '../shared/schemas';

export const connectPaypalBody = z
  .object({
    mode: z.enum(PaypalMode).describe('sandbox or live: which PayPal the credentials belong to'),
    clientId: z.string().trim().min(1).max(255).describe('The REST app’s client id'),
    clientSecret: z.string().trim().min(1).max(255).describe('The REST app’s secret; write-only, stored encrypted'),
    webhookId: z
      .string()
      .trim()
      .max(255)
      .regex(/^[A-Za-z0-9-]*$/, 'letters, digits and dashes')
      .nullish()
      .describe('The id PayPal shows for the webhook pointing at webhookUrl; empty: results come by polling only'),
  })
  .strict()
  .openapi('ConnectPaypalAccount');

export const paypalAccountView = z
  .object({
    connected: z.boolean(),
    mode: z.enum(PaypalMode).nullable(),
    clientId: z.string().nullable(),
    webhookId: z.string().nullable(),
    verifiedAt: timestamp.nullable().describe('When PayPal last accepted the credentials'),
    updatedAt: timestamp.nullable(),
    webhookUrl: z.url().describe('Give PayPal this URL as the app’s webhook'),
    payoutsFrom: z
      .enum(['organization', 'platform', 'none'])
      .describe('Which account pays now: the organization’s app, the deployment’s, or none (payouts off)'),
  })
  .openapi('PaypalAccount');

export const paypalAccountJson = (v: OrgPaypalAccountView): z.infer<typeof paypalAccountView> => ({
  ...v,
  verifiedAt: isoOrNull(v.verifiedAt),
  updatedAt: isoOrNull(v.updatedAt),
});
