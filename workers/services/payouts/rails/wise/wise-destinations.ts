import { and, eq, inArray } from 'drizzle-orm';
import { wiseRecipients } from '../../../../../schema';
import type { ServiceCall } from '../../../../context';
import type { DestinationOutcome } from '../../../../domain/payout-destination';
import { resolveWiseAccount } from '../../../wise-accounts';

/**
 * A Wise item goes to the recipient account the affiliate set up for this advertiser (its Wise id, fixed at
 * proposal time in destination_ref). Without one the balance waits (`wise_recipient_missing`); on an advertiser
 * without Wise, `wise_not_configured`.
 */
export async function wiseDestinations({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; currency: string; affiliateIds: string[] }>): Promise<
  Map<string, DestinationOutcome>
> {
  if (input.affiliateIds.length === 0) return new Map();
  const configured = (await resolveWiseAccount({ ctx, input: { organizationId: input.organizationId } })) !== null;
  const rows = await ctx.db
    .select({ affiliateId: wiseRecipients.affiliateId, accountId: wiseRecipients.accountId })
    .from(wiseRecipients)
    .where(
      and(
        eq(wiseRecipients.organizationId, input.organizationId),
        inArray(wiseRecipients.affiliateId, input.affiliateIds),
      ),
    );
  const account = new Map(rows.map((r) => [r.affiliateId, r.accountId]));
  return new Map(
    input.affiliateIds.map((id): [string, DestinationOutcome] => {
      if (!configured) return [id, { ok: false, hold: 'wise_not_configured' }];
      const ref = account.get(id);
      return [
        id,
        ref
          ? { ok: true, destination: { receiverEmail: null, stripeAccountId: null, destinationRef: ref } }
          : { ok: false, hold: 'wise_recipient_missing' },
      ];
    }),
  );
}
