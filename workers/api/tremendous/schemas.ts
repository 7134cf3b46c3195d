import { z } from '@hono/zod-openapi';

export const connectTremendousBody = z
  .object({
    apiKey: z.string().min(8).max(200).describe('The Tremendous API key; write-only, stored encrypted'),
    webhookKey: z
      .string()
      .min(8)
      .max(200)
      .nullable()
      .optional()
      .describe('The private key of the Tremendous webhook pointed at webhookUrl; write-only, stored encrypted'),
    fundingSourceId: z
      .string()
      .min(1)
      .max(100)
      .default('balance')
      .describe('The funding source orders are paid from (`balance`: the account’s prepaid balance)'),
    allowBelowMinimum: z
      .boolean()
      .default(false)
      .describe('Pay affiliates who chose gift cards below the cash minimum (the platform’s floor still applies)'),
  })
  .strict()
  .openapi('ConnectTremendousAccount');

export const tremendousAccountView = z
  .object({
    connected: z.boolean(),
    apiKeyLast4: z.string().nullable(),
    webhookKeySet: z.boolean(),
    fundingSourceId: z.string().nullable(),
    allowBelowMinimum: z.boolean(),
    payoutsFrom: z.enum(['organization', 'platform', 'none']),
    webhookUrl: z.url().describe('Give Tremendous this URL as the webhook endpoint'),
  })
  .openapi('TremendousAccount');
