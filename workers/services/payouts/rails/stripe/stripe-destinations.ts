import { and, eq, inArray } from 'drizzle-orm';
import { payoutMethods } from '../../../../../schema';
import type { ServiceCall } from '../../../../context';
import { type DestinationOutcome, stripeDestination } from '../../../../domain/payout-destination';
import { resolveStripePayoutAccount } from '../../../stripe-payouts';

/** Stripe items go to the affiliate's Express account on the advertiser's platform, once it can receive payouts. */
export async function stripeDestinations({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; currency: string; affiliateIds: string[] }>): Promise<
  Map<string, DestinationOutcome>
> {
  const { organizationId, affiliateIds } = input;
  if (affiliateIds.length === 0) return new Map();
  const stripeConfigured = (await resolveStripePayoutAccount({ ctx, input: { organizationId } })) !== null;
  const rows = await ctx.db
    .select({
      affiliateId: payoutMethods.affiliateId,
      stripeAccountId: payoutMethods.stripeAccountId,
      stripePayoutsEnabled: payoutMethods.stripePayoutsEnabled,
    })
    .from(payoutMethods)
    .where(and(eq(payoutMethods.organizationId, organizationId), inArray(payoutMethods.affiliateId, affiliateIds)));
  const byAffiliate = new Map(rows.map((r) => [r.affiliateId, r]));
  return new Map(
    affiliateIds.map((id) => {
      const m = byAffiliate.get(id);
      return [
        id,
        stripeDestination({
          stripeConfigured,
          stripeAccountId: m?.stripeAccountId ?? null,
          stripePayoutsEnabled: m?.stripePayoutsEnabled ?? false,
        }),
      ];
    }),
  );
}
