import { and, eq } from 'drizzle-orm';
import { payoutMethods } from '../../../schema';
import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { DEFAULT_RAIL } from '../../domain/payout-rails';
import { railDestinations } from './rail-destinations';

export interface PayoutReadiness {
  /** The rail the affiliate chose with the advertiser (PayPal until they choose). */
  rail: PayoutRail;
  /** Whether that rail could pay them in the currency now, as the next proposal asks it. */
  ready: boolean;
}

/**
 * Whether the affiliate's chosen rail could pay a balance of theirs with one advertiser in one currency: the
 * same question a proposal asks of the rail (its destination or the reason it holds them), so the home never
 * promises a payout the proposal would hold, whatever the rail.
 */
export async function readPayoutReadiness({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; affiliateId: string; currency: string }>): Promise<PayoutReadiness> {
  const [method] = await ctx.db
    .select({ rail: payoutMethods.rail })
    .from(payoutMethods)
    .where(
      and(eq(payoutMethods.affiliateId, input.affiliateId), eq(payoutMethods.organizationId, input.organizationId)),
    );
  const rail = method?.rail ?? DEFAULT_RAIL;
  const { destinations } = await railDestinations({
    ctx,
    input: { ...input, lines: [{ affiliateId: input.affiliateId, rail }] },
  });
  return { rail, ready: destinations.has(input.affiliateId) };
}
