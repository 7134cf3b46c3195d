import type { ServiceCall } from '../../../../context';
import type { DestinationOutcome } from '../../../../domain/payout-destination';
import { externalPayoutsOffered } from './external-payouts-offered';

/**
 * An external item is paid by the advertiser in its own system, to the affiliate it knows: the destination
 * is the affiliate's id, which the `payout.external_requested` event carries with the amount. Held while the
 * advertiser has nowhere to hear the requests (no payout webhook endpoint).
 */
export async function externalDestinations({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; currency: string; affiliateIds: string[] }>): Promise<
  Map<string, DestinationOutcome>
> {
  const offered = await externalPayoutsOffered({ ctx, input: { organizationId: input.organizationId } });
  return new Map(
    input.affiliateIds.map((id): [string, DestinationOutcome] => [
      id,
      offered
        ? { ok: true, destination: { receiverEmail: null, stripeAccountId: null, destinationRef: id } }
        : { ok: false, hold: 'external_payouts_not_offered' },
    ]),
  );
}
