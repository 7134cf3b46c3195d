import { eq } from 'drizzle-orm';
import { billingWebhooks } from '../../../schema';
import { SourceProvider } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { findAppOrThrow } from '../apps';
import { sourceEndpointUrl } from './endpoint-url';
import { CONVERSION_SOURCES } from './registry';

export interface SourceWebhookSettings {
  provider: SourceProvider;
  /** Whether a signing secret is stored; the secret itself is never shown again. */
  configured: boolean;
  endpointUrl: string;
  /** The provider's event names to subscribe the endpoint to; empty for the generic webhook (it sends ours). */
  eventTypes: string[];
  lastEventAt: Date | null;
  lastEventType: string | null;
  eventsReceived: number;
}

/** Each provider's endpoint of an app: its URL, whether it is on, and whether its events arrive. */
export async function getSourceWebhooks({
  ctx,
  input,
}: ServiceCall<{ appId: string }>): Promise<SourceWebhookSettings[]> {
  const app = await findAppOrThrow({
    ctx,
    input: { organizationId: actingAdvertiser(ctx).organizationId, appId: input.appId },
  });
  const rows = await ctx.db.select().from(billingWebhooks).where(eq(billingWebhooks.appId, app.id));
  return SourceProvider.map((provider) => {
    const row = rows.find((r) => r.provider === provider);
    return {
      provider,
      configured: Boolean(row),
      endpointUrl: sourceEndpointUrl(ctx.config, CONVERSION_SOURCES[provider].pathSegment, app.id),
      eventTypes: [...CONVERSION_SOURCES[provider].eventTypes],
      lastEventAt: row?.lastEventAt ?? null,
      lastEventType: row?.lastEventType ?? null,
      eventsReceived: row?.eventsReceived ?? 0,
    };
  });
}
