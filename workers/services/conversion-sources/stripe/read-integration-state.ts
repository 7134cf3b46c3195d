import { inArray } from 'drizzle-orm';
import { stripeEventTypes } from '../../../../schema';
import type { ServiceCall } from '../../../context';
import { type StripeIntegrationState, stripeIntegrationState } from '../../../domain/stripe-integration';

/** Each app's Stripe integration state, from the event types its endpoint delivered. */
export async function readIntegrationStates({
  ctx,
  input: appIds,
}: ServiceCall<readonly string[]>): Promise<Map<string, StripeIntegrationState>> {
  const rows = appIds.length
    ? await ctx.db
        .select()
        .from(stripeEventTypes)
        .where(inArray(stripeEventTypes.appId, [...appIds]))
    : [];
  return new Map(appIds.map((appId) => [appId, stripeIntegrationState(rows.filter((r) => r.appId === appId))]));
}
