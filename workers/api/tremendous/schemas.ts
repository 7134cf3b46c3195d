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

export const checkTremendousBody = z
  .object({
    apiKey: z
      .string()
      .min(8)
      .max(200)
      .optional()
      .describe('A key to try before connecting it; leave out to test the stored key. Never stored by this call'),
  })
  .strict()
  .openapi('CheckTremendousAccount');

export const tremendousCheckView = z
  .object({
    key: z.enum(['given', 'stored']).describe('Which key was tried'),
    fundingSources: z.array(
      z.object({
        id: z.string(),
        method: z.string().describe('balance, credit_card, bank_account, invoice… as Tremendous names it'),
        availableCents: z
          .number()
          .int()
          .nullable()
          .describe('What the source holds, in US cents, when Tremendous says'),
      }),
    ),
    fundingSourceFound: z
      .boolean()
      .nullable()
      .describe('For the stored key: whether its funding source still exists; null for a pasted key'),
  })
  .openapi('TremendousCheck');
