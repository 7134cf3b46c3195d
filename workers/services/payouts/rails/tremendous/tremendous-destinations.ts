import { inArray } from 'drizzle-orm';
import { users } from '../../../../../schema';
import type { ServiceCall } from '../../../../context';
import type { DestinationOutcome } from '../../../../domain/payout-destination';
import { resolveTremendousAccount } from '../../../tremendous-accounts';

/**
 * Gift cards go by email to the affiliate's sign-in address, fixed at proposal time (destination_ref), on an
 * advertiser that pays through Tremendous; without it they wait with `tremendous_not_configured`.
 */
export async function tremendousDestinations({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; currency: string; affiliateIds: string[] }>): Promise<
  Map<string, DestinationOutcome>
> {
  if (input.affiliateIds.length === 0) return new Map();
  const configured =
    (await resolveTremendousAccount({ ctx, input: { organizationId: input.organizationId } })) !== null;
  const rows = await ctx.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.id, input.affiliateIds));
  const email = new Map(rows.map((r) => [r.id, r.email]));
  return new Map(
    input.affiliateIds.map((id): [string, DestinationOutcome] => [
      id,
      configured && email.get(id)
        ? { ok: true, destination: { receiverEmail: null, stripeAccountId: null, destinationRef: email.get(id)! } }
        : { ok: false, hold: 'tremendous_not_configured' },
    ]),
  );
}
