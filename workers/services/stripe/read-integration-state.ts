import { inArray } from 'drizzle-orm';
import { stripeEventTypes } from '../../../schema';
import type { Executor } from '../../db/client';
import { type StripeIntegrationState, stripeIntegrationState } from '../../domain/stripe-integration';

/** Each app's Stripe integration state, from the event types its endpoint delivered. */
export async function readIntegrationStates(
  db: Executor,
  appIds: readonly string[],
): Promise<Map<string, StripeIntegrationState>> {
  const rows = appIds.length
    ? await db
        .select()
        .from(stripeEventTypes)
        .where(inArray(stripeEventTypes.appId, [...appIds]))
    : [];
  return new Map(appIds.map((appId) => [appId, stripeIntegrationState(rows.filter((r) => r.appId === appId))]));
}
