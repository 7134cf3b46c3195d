import { and, eq, sql } from 'drizzle-orm';
import { billingWebhooks } from '../../../schema';
import type { SourceProvider } from '../../../schema/enums';
import type { ServiceCall } from '../../context';

/** Remembers that a verified event arrived (billing_webhooks' counters), so the settings page can say the provider's events arrive. */
export async function noteProviderEvent({
  ctx,
  input,
}: ServiceCall<{ appId: string; provider: SourceProvider; eventType: string }>): Promise<void> {
  await ctx.db
    .update(billingWebhooks)
    .set({
      lastEventAt: sql`GREATEST(${billingWebhooks.lastEventAt}, ${ctx.now})`,
      lastEventType: input.eventType.slice(0, 200),
      eventsReceived: sql`${billingWebhooks.eventsReceived} + 1`,
    })
    .where(and(eq(billingWebhooks.appId, input.appId), eq(billingWebhooks.provider, input.provider)));
}
