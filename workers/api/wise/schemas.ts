import { z } from '@hono/zod-openapi';
import { countryCode, currencyCode, minorAmount, orgParams } from '../shared/schemas';

export const wiseRequirementsQuery = z.object({
  currency: currencyCode.openapi({ param: { name: 'currency', in: 'query' } }),
});

const field = z
  .object({
    key: z.string().describe('Wise’s field key; dotted keys (address.country) nest in the recipient’s details'),
    type: z.string().describe('text, select or radio'),
    refreshRequirementsOnChange: z.boolean().describe('When it changes, ask again (POST) for the fields it adds'),
    required: z.boolean(),
    displayFormat: z.string().nullable().optional(),
    example: z.string().nullable().optional(),
    minLength: z.number().int().nullable().optional(),
    maxLength: z.number().int().nullable().optional(),
    validationRegexp: z.string().nullable().optional(),
    valuesAllowed: z
      .array(z.object({ key: z.string(), name: z.string() }))
      .nullable()
      .optional(),
  })
  .openapi('WiseRequirementField');

export const wiseRequirementsView = z
  .object({
    currency: z.string(),
    types: z.array(
      z.object({
        type: z.string().describe('iban, sort_code, aba…'),
        title: z.string(),
        fields: z.array(z.object({ name: z.string(), group: z.array(field) })),
      }),
    ),
  })
  .openapi('WiseRequirements');

const values = z
  .record(z.string().max(100), z.string().max(500))
  .refine((v) => Object.keys(v).length <= 60, 'At most 60 fields')
  .describe('The form’s values by Wise’s field keys (accountHolderName, IBAN, address.country…)');

export const refreshWiseRequirementsBody = z
  .object({ currency: currencyCode, type: z.string().min(1).max(60), values })
  .strict()
  .openapi('RefreshWiseRequirements');

export const saveWiseRecipientBody = z
  .object({ currency: currencyCode, country: countryCode, type: z.string().min(1).max(60), values })
  .strict()
  .openapi('SaveWiseRecipient');

export const wiseRecipientView = z
  .object({
    recipient: z
      .object({
        currency: z.string(),
        country: z.string(),
        type: z.string(),
        accountHolderName: z.string(),
        summary: z.string().describe('The account’s last characters, e.g. •••• 1234'),
        updatedAt: z.iso.datetime(),
      })
      .nullable(),
  })
  .openapi('WiseRecipient');

export const wiseQuoteQuery = z.object({
  currency: currencyCode.openapi({ param: { name: 'currency', in: 'query' } }),
  targetCurrency: currencyCode.openapi({ param: { name: 'targetCurrency', in: 'query' } }),
  amountMinor: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000_000)
    .openapi({ param: { name: 'amountMinor', in: 'query' } }),
});

const quoteFields = {
  quoteId: z.string(),
  sourceMinor: minorAmount.describe('What leaves the advertiser’s Wise balance: the amount plus Wise’s fee'),
  feeMinor: minorAmount.describe('Wise’s fee, paid by the advertiser on top'),
  targetMinor: minorAmount.describe('What reaches the affiliate’s bank account, in targetCurrency'),
  targetCurrency: z.string(),
  rate: z.number(),
  estimatedDelivery: z.string().nullable(),
};

export const wiseFeeQuoteView = z
  .object({ currency: z.string(), amountMinor: minorAmount, ...quoteFields })
  .openapi('WiseFeeQuote');

export const wiseBatchQuoteView = z
  .object({
    currency: z.string(),
    feeMinor: minorAmount,
    sourceMinor: minorAmount,
    items: z.array(z.object({ payoutItemId: z.uuid(), amountMinor: minorAmount, ...quoteFields })),
  })
  .openapi('WiseBatchQuote');

export { orgParams };

export const connectWiseBody = z
  .object({
    apiToken: z.string().min(8).max(200).describe('A Wise API token of the account; write-only, stored encrypted'),
    profileId: z
      .string()
      .regex(/^[0-9]{1,20}$/)
      .describe('The profile transfers are sent and funded from: one the token reaches (POST …/wise/check lists them)'),
  })
  .strict()
  .openapi('ConnectWiseAccount');

export const wiseAccountView = z
  .object({
    connected: z.boolean(),
    apiTokenLast4: z.string().nullable(),
    profileId: z.string().nullable(),
    profileType: z.string().nullable().describe('PERSONAL or BUSINESS'),
    profileName: z.string().nullable(),
    payoutsFrom: z
      .enum(['organization', 'platform', 'none'])
      .describe('Whose Wise profile pays now: the organization’s, the deployment’s fallback, or none (rail off)'),
    webhookUrl: z.url().describe('Subscribe the profile’s transfers#state-change events to this URL'),
    webhooksVerified: z
      .boolean()
      .describe(
        'Whether this installation has Wise’s public key to verify webhooks; without it states come by polling',
      ),
  })
  .openapi('WiseAccount');

export const checkWiseBody = z
  .object({
    apiToken: z
      .string()
      .min(8)
      .max(200)
      .optional()
      .describe('A token to try before connecting it; leave out to test the stored token. Never stored by this call'),
  })
  .strict()
  .openapi('CheckWiseAccount');

export const wiseCheckView = z
  .object({
    token: z.enum(['given', 'stored']).describe('Which token was tried'),
    profiles: z.array(
      z.object({
        id: z.string(),
        type: z.string().describe('PERSONAL or BUSINESS'),
        name: z.string().describe('The business’s name, or the person’s'),
      }),
    ),
    profileFound: z
      .boolean()
      .nullable()
      .describe('For the stored token: whether its profile is still reachable; null for a pasted token'),
  })
  .openapi('WiseCheck');
