import { eq } from 'drizzle-orm';
import { billingWebhooks } from '../../../schema';
import { BillingProvider } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { LEMON_SQUEEZY_EVENT_TYPES } from '../../domain/lemon-squeezy-event';
import { PADDLE_EVENT_TYPES } from '../../domain/paddle-event';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from '../apps';
import { billingEndpointUrl } from './billing-endpoint-url';

export interface BillingWebhookSettings {
  provider: BillingProvider;
  /** Whether a signing secret is stored; the secret itself is never shown again. */
  configured: boolean;
  endpointUrl: string;
  /** The provider's event names to subscribe the endpoint to; empty for the generic webhook (it sends ours). */
  eventTypes: string[];
  lastEventAt: Date | null;
  lastEventType: string | null;
  eventsReceived: number;
}

const EVENT_TYPES: Record<BillingProvider, string[]> = {
  paddle: PADDLE_EVENT_TYPES,
  lemon_squeezy: LEMON_SQUEEZY_EVENT_TYPES,
  generic: [],
};

/** Each provider's endpoint of an app: its URL, whether it is on, and whether its events arrive. */
export async function getBillingWebhooks({
  ctx,
  input,
}: ServiceCall<{ appId: string }>): Promise<BillingWebhookSettings[]> {
  const app = await findAppOrThrow(ctx.db, actingAdvertiser(ctx).organizationId, input.appId);
  const rows = await ctx.db.select().from(billingWebhooks).where(eq(billingWebhooks.appId, app.id));
  return BillingProvider.map((provider) => {
    const row = rows.find((r) => r.provider === provider);
    return {
      provider,
      configured: Boolean(row),
      endpointUrl: billingEndpointUrl(ctx.config, provider, app.id),
      eventTypes: EVENT_TYPES[provider],
      lastEventAt: row?.lastEventAt ?? null,
      lastEventType: row?.lastEventType ?? null,
      eventsReceived: row?.eventsReceived ?? 0,
    };
  });
}
