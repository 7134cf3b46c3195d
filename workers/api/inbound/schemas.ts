import { z } from '@hono/zod-openapi';
import { DisputeStatus } from '../../../schema/enums';
import { STRIPE_WEBHOOK_SECRET_PATTERN } from '../../domain/stripe-signature';
import { idParam } from '../shared/schemas';

import { commissionLine } from '../conversions/commission-views';
import { conversionOutcome } from '../shared/conversion-outcome';
import type { DisputeOutcome } from '../../services/conversions';

export { conversionOutcome };

export const disputeOutcome = z
  .object({
    dispute: z.object({
      id: z.uuid(),
      disputeId: z.string().describe('Stripe’s dispute id (dp_…)'),
      status: z
        .enum(DisputeStatus)
        .describe(
          'open: the sale’s unpaid commissions are held (disputed), out of payouts; won: given back; lost: reversed by a refund of the disputed amount (after payout: a negative adjustment). A closed dispute never reopens',
        ),
      conversionId: z.uuid().nullable().describe('The disputed sale; null when no sale matched the payment'),
      amountMinor: z.number().int().describe('The disputed amount in minor units'),
      currency: z.string(),
    }),
    commissions: z.array(commissionLine).describe('The lines this event held or gave back; empty for a repeat'),
    refund: conversionOutcome.nullable().describe('A lost dispute’s refund and the reversal it booked'),
  })
  .openapi('DisputeOutcome') satisfies z.ZodType<DisputeOutcome>;

export const ignoredStripeEvent = z
  .object({ ignored: z.literal(true), reason: z.string() })
  .openapi('IgnoredStripeEvent');

export const linkedStripeEvent = z
  .object({
    linked: z
      .array(z.object({ invoiceId: z.string(), paymentId: z.string() }))
      .describe('The invoice ↔ payment links recorded; a later refund of the payment reverses that invoice’s sale'),
  })
  .openapi('LinkedStripeEvent');

export const stripeAppParams = z.object({ appId: idParam('appId') });

export const stripeWebhookSettings = z
  .object({
    appId: z.uuid(),
    configured: z.boolean().describe('Whether a webhook signing secret is stored (it is never shown again)'),
    endpointUrl: z.url().describe('Paste into Stripe: Developers → Webhooks → Add endpoint'),
  })
  .openapi('StripeWebhookSettings');

export const setStripeWebhookBody = z
  .strictObject({
    webhookSecret: z
      .string()
      .trim()
      .regex(STRIPE_WEBHOOK_SECRET_PATTERN, 'Must be the endpoint’s signing secret from Stripe, starting with whsec_')
      .describe('The signing secret Stripe shows for this endpoint (whsec_…); stored encrypted, never shown again'),
  })
  .openapi('SetStripeWebhook');
