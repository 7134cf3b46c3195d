import { inArray } from 'drizzle-orm';
import { users } from '../../../../../schema';
import type { ServiceCall } from '../../../../context';
import { type DestinationOutcome, paypalDestination } from '../../../../domain/payout-destination';

/** PayPal items go to the affiliate's verified PayPal email, as it is at proposal time. */
export async function paypalDestinations({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; currency: string; affiliateIds: string[] }>): Promise<
  Map<string, DestinationOutcome>
> {
  const rows =
    input.affiliateIds.length === 0
      ? []
      : await ctx.db
          .select({ id: users.id, email: users.paypalEmail, verifiedAt: users.paypalEmailVerifiedAt })
          .from(users)
          .where(inArray(users.id, input.affiliateIds));
  const verified = new Map(rows.map((r) => [r.id, r.verifiedAt ? r.email : null]));
  return new Map(input.affiliateIds.map((id) => [id, paypalDestination(verified.get(id) ?? null)]));
}
