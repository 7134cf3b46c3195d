import { z } from '@hono/zod-openapi';
import { SourceProvider } from '../../../schema/enums';
import { CONVERSION_SOURCES, type SourceWebhookSettings } from '../../services/conversion-sources';
import { appParams } from '../apps/schemas';
import { isoOrNull, timestamp } from '../shared/schemas';
import { conversionOutcome, disputeOutcome } from './schemas';

export const sourceProviderParams = appParams.extend({
  provider: z
    .enum(SourceProvider)
    .openapi({ param: { name: 'provider', in: 'path' } })
    .describe('paddle (Paddle Billing), lemon_squeezy, or generic (our signed billing event)'),
});

export const ignoredSourceEvent = z
  .object({ ignored: z.literal(true), reason: z.string() })
  .openapi('IgnoredBillingEvent');

/** What a provider's webhook delivery did: recorded (or already recorded), a dispute step, or nothing and why. */
export const sourceEventResponse = conversionOutcome.or(disputeOutcome).or(ignoredSourceEvent);

export const sourceWebhookSettings = z
  .object({
    provider: z.enum(SourceProvider),
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

export const sourceWebhookSettingsList = z
  .object({ items: z.array(sourceWebhookSettings) })
  .openapi('BillingWebhookSettingsList');

export const setSourceWebhookBody = z
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
export function secretProblem(provider: SourceProvider, secret: string): string | null {
  const rule = CONVERSION_SOURCES[provider].secretRule;
  return rule.pattern.test(secret) ? null : rule.message;
}

export const sourceWebhookSettingsView = (s: SourceWebhookSettings): z.infer<typeof sourceWebhookSettings> => ({
  ...s,
  lastEventAt: isoOrNull(s.lastEventAt),
});
