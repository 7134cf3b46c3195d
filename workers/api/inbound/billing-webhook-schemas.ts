import { z } from '@hono/zod-openapi';
import { BillingProvider } from '../../../schema/enums';
import {
  GENERIC_SECRET_PATTERN,
  LEMON_SQUEEZY_SECRET_PATTERN,
  PADDLE_WEBHOOK_SECRET_PATTERN,
} from '../../domain/billing-webhook-secrets';
import type { BillingWebhookSettings } from '../../services/billing-webhooks';
import { appParams } from '../apps/schemas';
import { isoOrNull, timestamp } from '../shared/schemas';
import { conversionOutcome, disputeOutcome } from './schemas';

export const billingProviderParams = appParams.extend({
  provider: z
    .enum(BillingProvider)
    .openapi({ param: { name: 'provider', in: 'path' } })
    .describe('paddle (Paddle Billing), lemon_squeezy, or generic (our signed billing event)'),
});

export const ignoredBillingEvent = z
  .object({ ignored: z.literal(true), reason: z.string() })
  .openapi('IgnoredBillingEvent');

/** What a provider's webhook delivery did: recorded (or already recorded), a dispute step, or nothing and why. */
export const billingEventResponse = conversionOutcome.or(disputeOutcome).or(ignoredBillingEvent);

export const billingWebhookSettings = z
  .object({
    provider: z.enum(BillingProvider),
    configured: z.boolean().describe('Whether a signing secret is stored (it is never shown again)'),
    endpointUrl: z.url().describe('The URL to give the provider as the webhook (notification destination) URL'),
    eventTypes: z
      .array(z.string())
      .describe('The provider’s events to subscribe the endpoint to; empty for generic (you send our shape)'),
    lastEventAt: timestamp.nullable().describe('When the latest verified event arrived; null before the first'),
    lastEventType: z.string().nullable(),
    eventsReceived: z.number().int().describe('Verified events received since the secret was set'),
  })
  .openapi('BillingWebhookSettings');

export const billingWebhookSettingsList = z
  .object({ items: z.array(billingWebhookSettings) })
  .openapi('BillingWebhookSettingsList');

const SECRET_RULES: Record<BillingProvider, { pattern: RegExp; message: string }> = {
  paddle: {
    pattern: PADDLE_WEBHOOK_SECRET_PATTERN,
    message: 'Must be the notification destination’s secret key from Paddle, starting with pdl_ntfset_',
  },
  lemon_squeezy: {
    pattern: LEMON_SQUEEZY_SECRET_PATTERN,
    message: 'Must be the webhook’s signing secret from Lemon Squeezy: 6 to 40 characters without spaces',
  },
  generic: {
    pattern: GENERIC_SECRET_PATTERN,
    message: 'Must be 32 to 200 characters without spaces; generate a random one',
  },
};

export const setBillingWebhookBody = z
  .strictObject({
    secret: z
      .string()
      .trim()
      .min(6)
      .max(200)
      .describe('The provider’s signing secret (for generic: one you generate); stored encrypted, never shown again'),
  })
  .openapi('SetBillingWebhook');

/** The secret's rule for this provider, or the message to answer with. */
export function secretProblem(provider: BillingProvider, secret: string): string | null {
  const rule = SECRET_RULES[provider];
  return rule.pattern.test(secret) ? null : rule.message;
}

export const billingWebhookSettingsView = (s: BillingWebhookSettings): z.infer<typeof billingWebhookSettings> => ({
  ...s,
  lastEventAt: isoOrNull(s.lastEventAt),
});
