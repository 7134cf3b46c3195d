import { z } from '@hono/zod-openapi';
import { STRIPE_WEBHOOK_SECRET_PATTERN } from '../../domain/stripe-signature';
import { idParam } from '../shared/schemas';

export { conversionOutcome } from '../shared/conversion-outcome';

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
