import { and, eq, sql } from 'drizzle-orm';
import { payoutMethods, users } from '../../../schema';
import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall, ServiceContext } from '../../context';
import { type RailFee, railCurrencies, type StripeOnboarding, stripeOnboarding } from '../../domain/payout-rails';
import { RAILS, railsForCountry } from '../../domain/payout-rails';
import { readRailFees } from '../rail-fees';
import { affiliateScope } from '../access';
import { payoutRail } from './rails/registry';

export interface RailOffer {
  rail: PayoutRail;
  /** Served in the method's country (always true when no country is set yet: the list is the catalogue). */
  servesCountry: boolean;
  /** The advertiser offers this rail (its rail says: Stripe once a payout account is connected). */
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

/** The currencies the affiliate earns in with this advertiser (their commissions'), most used first. */
async function payableCurrencies(ctx: ServiceContext, organizationId: string, affiliateId: string): Promise<string[]> {
  const result = await ctx.db.execute(sql`
    SELECT currency FROM affiliate.commissions
    WHERE organization_id = ${organizationId} AND beneficiary_id = ${affiliateId}
    GROUP BY currency ORDER BY count(*) DESC, currency`);
  return (result.rows as { currency: string }[]).map((r) => r.currency);
}

/** A rail's currencies with those the affiliate is paid in first (the rest in their order). */
function payableFirst(currencies: string[], payable: string[]): string[] {
  const first = payable.filter((c) => currencies.includes(c));
  return [...first, ...currencies.filter((c) => !first.includes(c))];
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
  const { fees } = await readRailFees({ ctx, input: { organizationId } });
  const served = row ? new Set(railsForCountry(row.country)) : null;
  const payable = await payableCurrencies(ctx, organizationId, affiliateId);
  const rails: RailOffer[] = await Promise.all(
    RAILS.map(async (rail) => {
      const enabled = await payoutRail(rail).offeredBy({ ctx, input: { organizationId } });
      const offered = enabled
        ? await payoutRail(rail).offeredCurrencies?.({ ctx, input: { organizationId, country: row?.country ?? null } })
        : null;
      return {
        rail,
        servesCountry: served ? served.has(rail) : true,
        enabled,
        currencies: payableFirst(offered ?? railCurrencies(rail), payable),
        fee: fees[rail],
      };
    }),
  );
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
