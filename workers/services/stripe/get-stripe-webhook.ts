import type { ServiceCall } from '../../context';
import { findAppOrThrow } from '../apps/get-app';
import { advertiserOrgId } from '../tenant-scope';
import { stripeEndpointUrl } from './stripe-endpoint-url';

export interface StripeWebhookSettings {
  appId: string;
  /** Whether a signing secret is stored; the secret itself is never shown again. */
  configured: boolean;
  endpointUrl: string;
}

export async function getStripeWebhook({ ctx, input }: ServiceCall<{ appId: string }>): Promise<StripeWebhookSettings> {
  const app = await findAppOrThrow(ctx.db, advertiserOrgId(ctx), input.appId);
  return {
    appId: app.id,
    configured: app.stripeWebhookSecretEncrypted !== null,
    endpointUrl: stripeEndpointUrl(ctx.config, app.id),
  };
}
