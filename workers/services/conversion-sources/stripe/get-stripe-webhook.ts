import type { ServiceCall } from '../../../context';
import type { StripeIntegrationState } from '../../../domain/stripe-integration';
import { findAppOrThrow } from '../../apps';
import { actingAdvertiser } from '../../access';
import { countWaitingRefunds } from './list-waiting-refunds';
import { readIntegrationStates } from './read-integration-state';
import { sourceEndpointUrl } from '../endpoint-url';
import { STRIPE_PATH_SEGMENT } from './stripe-path';

export interface StripeWebhookSettings extends StripeIntegrationState {
  appId: string;
  /** Whether a signing secret is stored; the secret itself is never shown again. */
  configured: boolean;
  endpointUrl: string;
  /** Refunds of this app still waiting for the sale they refund. */
  waitingRefunds: number;
}

/** An app's Stripe endpoint: its URL and secret state, and what its deliveries so far say about the subscription. */
export async function getStripeWebhook({ ctx, input }: ServiceCall<{ appId: string }>): Promise<StripeWebhookSettings> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  const app = await findAppOrThrow({ ctx, input: { organizationId, appId: input.appId } });
  const [states, waitingRefunds] = await Promise.all([
    readIntegrationStates({ ctx, input: [app.id] }),
    countWaitingRefunds({ ctx, input: { organizationId, appId: app.id } }),
  ]);
  return {
    appId: app.id,
    configured: app.stripeWebhookSecretEncrypted !== null,
    endpointUrl: sourceEndpointUrl(ctx.config, STRIPE_PATH_SEGMENT, app.id),
    ...states.get(app.id)!,
    waitingRefunds,
  };
}
