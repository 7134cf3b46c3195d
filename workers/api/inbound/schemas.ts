import { z } from '@hono/zod-openapi';
import { AttributionMethod, CommissionKind, CommissionStatus, ConversionEventType, ConversionSource, ConversionStatus, FraudFlag } from '../../../schema/enums';
import { STRIPE_WEBHOOK_SECRET_PATTERN } from '../../domain/stripe-signature';
import type { ConversionOutcome } from '../../services/conversions/conversion-outcome';
import { idParam, timestamp } from '../shared/schemas';

// The answer of every inbound path. Typed against the service's ConversionOutcome, so the
// document cannot drift from what the routes return.
const attributionStep = z.object({
  step: z.enum(AttributionMethod),
  outcome: z.enum(['matched', 'skipped', 'not_found', 'expired', 'inactive', 'waiting_for_click', 'other_program']),
  detail: z.string().optional(),
});

const commission = z.object({
  id: z.uuid(),
  beneficiaryId: z.uuid(),
  level: z.number().int().describe('0: the affiliate who referred the customer; 1–3: its upline'),
  kind: z.enum(CommissionKind),
  amountMinor: z.number().int().describe('Minor units of currency; negative for reversals and adjustments'),
  currency: z.string(),
  status: z.enum(CommissionStatus),
  holdUntil: timestamp,
  reversesCommissionId: z.uuid().nullable(),
  calculation: z.record(z.string(), z.unknown()).describe('How the amount was computed: terms, rates, program version'),
});

export const conversionOutcome = z
  .object({
    duplicate: z.boolean().describe('True when this event id was recorded before: nothing changed, the stored result is returned'),
    conversion: z.object({
      id: z.uuid(),
      eventId: z.string(),
      type: z.enum(ConversionEventType),
      source: z.enum(ConversionSource),
      status: z.enum(ConversionStatus),
      amountMinor: z.number().int(),
      currency: z.string().nullable(),
      occurredAt: timestamp,
      parentConversionId: z.uuid().nullable(),
      fraudFlags: z.array(z.enum(FraudFlag)),
      rejectReason: z.string().nullable(),
    }),
    attribution: z
      .object({ method: z.enum(AttributionMethod), programId: z.uuid(), enrollmentId: z.uuid(), affiliateId: z.uuid(), clickId: z.uuid().nullable() })
      .nullable()
      .describe('null: nobody is credited (attributionTrace says why)'),
    attributionTrace: z.array(attributionStep),
    commissions: z.array(commission),
  })
  .openapi('ConversionOutcome') satisfies z.ZodType<ConversionOutcome>;

export const ignoredStripeEvent = z
  .object({ ignored: z.literal(true), reason: z.string() })
  .openapi('IgnoredStripeEvent');

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
