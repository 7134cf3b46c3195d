import { and, eq, sql } from 'drizzle-orm';
import { billingWebhooks } from '../../../schema';
import type { BillingProvider } from '../../../schema/enums';
import type { ServiceCall } from '../../context';

/** Remembers that a verified event arrived, so the settings page can say the provider's events arrive. */
export async function noteBillingEvent({
  ctx,
  input,
}: ServiceCall<{ appId: string; provider: BillingProvider; eventType: string }>): Promise<void> {
  await ctx.db
    .update(billingWebhooks)
    .set({
      lastEventAt: sql`GREATEST(${billingWebhooks.lastEventAt}, ${ctx.now})`,
      lastEventType: input.eventType.slice(0, 200),
      eventsReceived: sql`${billingWebhooks.eventsReceived} + 1`,
    })
    .where(and(eq(billingWebhooks.appId, input.appId), eq(billingWebhooks.provider, input.provider)));
}
