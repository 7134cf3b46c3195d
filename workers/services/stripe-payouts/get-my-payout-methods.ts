import { and, eq } from 'drizzle-orm';
import { payoutMethods, users } from '../../../schema';
import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { type RailFee, railCurrencies, type StripeOnboarding, stripeOnboarding } from '../../domain/payout-rails';
import { RAILS, railsForCountry } from '../../domain/payout-rails';
import { readRailFees } from '../rail-fees';
import { affiliateScope } from '../access';
import { resolveStripePayoutAccount } from './resolve-stripe-payout-account';

export interface RailOffer {
  rail: PayoutRail;
  /** Served in the method's country (always true when no country is set yet: the list is the catalogue). */
  servesCountry: boolean;
  /** The advertiser can pay on this rail (Stripe: a payout account is connected). */
  enabled: boolean;
  currencies: string[];
  /** What the rail charges the advertiser, in USD terms for the explanation (fees are per item currency). */
  fee: RailFee;
}

export interface MyPayoutMethods {
  method: {
    country: string;
    rail: PayoutRail;
    stripeAccountId: string | null;
    onboarding: StripeOnboarding;
    requirementsDue: string[];
    lastPayoutStatus: string | null;
    lastPayoutFailure: string | null;
    checkedAt: Date | null;
  } | null;
  /** The verified PayPal email PayPal items go to; null: PayPal cannot pay yet. */
  paypalEmail: string | null;
  rails: RailOffer[];
}

/** The signed-in affiliate's payout method with the selected advertiser, and the rails on offer. */
export async function getMyPayoutMethods({ ctx }: ServiceCall<void>): Promise<MyPayoutMethods> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const [row] = await ctx.db
    .select()
    .from(payoutMethods)
    .where(and(eq(payoutMethods.affiliateId, affiliateId), eq(payoutMethods.organizationId, organizationId)));
  const [user] = await ctx.db
    .select({ paypalEmail: users.paypalEmail, verifiedAt: users.paypalEmailVerifiedAt })
    .from(users)
    .where(eq(users.id, affiliateId));
  const stripeOn = (await resolveStripePayoutAccount({ ctx, input: { organizationId } })) !== null;
  const { fees } = await readRailFees({ ctx, input: { organizationId } });
  const served = row ? new Set(railsForCountry(row.country)) : null;
  const rails: RailOffer[] = RAILS.map((rail) => ({
    rail,
    servesCountry: served ? served.has(rail) : true,
    enabled: rail === 'paypal' || stripeOn,
    currencies: railCurrencies(rail),
    fee: fees[rail],
  }));
  return {
    method: row
      ? {
          country: row.country,
          rail: row.rail,
          stripeAccountId: row.stripeAccountId,
          onboarding: stripeOnboarding(row),
          requirementsDue: row.stripeRequirementsDue,
          lastPayoutStatus: row.stripeLastPayoutStatus,
          lastPayoutFailure: row.stripeLastPayoutFailure,
          checkedAt: row.stripeCheckedAt,
        }
      : null,
    paypalEmail: user?.verifiedAt ? (user.paypalEmail ?? null) : null,
    rails,
  };
}
