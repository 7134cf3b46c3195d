import { and, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { commissions, payoutItemCommissions, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { payoutThreshold } from '../../domain/payout-plan';
import { platformMinimums } from '../payouts';
import { actorId, portalScope } from '../access';
import { type Balance, listBalances } from './balances';

export interface MyBalance extends Balance {
  /**
   * What the next payout needs at least: the currency's platform minimum or the highest of its
   * lines' program minimums; null when the currency has no platform minimum (not paid out).
   */
  payoutMinimumMinor: number | null;
}

/** The signed-in affiliate's balances with every advertiser, per currency, with the minimum each must reach. */
export async function listMyBalances({
  ctx,
  input,
}: ServiceCall<{ currency?: string | undefined }>): Promise<MyBalance[]> {
  const affiliateId = actorId(ctx);
  const balances = await listBalances({
    ctx,
    input: {
      affiliateId,
      ...(input.currency ? { currency: input.currency } : {}),
      ...(portalScope(ctx) ? { organizationId: portalScope(ctx) } : {}),
    },
  });
  if (balances.length === 0) return [];
  // The lines a next payout would carry (approved, or still on hold) decide its minimum, as the proposal does.
  const minimums = await ctx.db
    .select({
      organizationId: commissions.organizationId,
      currency: commissions.currency,
      // A program's override is in its own currency, so it counts only for lines in that currency.
      programMinMinor: max(
        sql<number>`CASE WHEN ${programs.currency} = ${commissions.currency} THEN ${programs.payoutMinMinor} END`,
      ),
    })
    .from(commissions)
    .innerJoin(programs, eq(programs.id, commissions.programId))
    .leftJoin(payoutItemCommissions, eq(payoutItemCommissions.commissionId, commissions.id))
    .where(
      and(
        eq(commissions.beneficiaryId, affiliateId),
        inArray(commissions.status, ['pending', 'approved']),
        isNull(payoutItemCommissions.commissionId),
      ),
    )
    .groupBy(commissions.organizationId, commissions.currency);
  const programMin = new Map(
    minimums.map((m) => [`${m.organizationId}:${m.currency}`, Number(m.programMinMinor ?? 0)]),
  );
  const platform = await platformMinimums({ ctx, input: { currencies: balances.map((b) => b.currency) } });
  return balances.map((b) => {
    const platformMin = platform.get(b.currency);
    return {
      ...b,
      payoutMinimumMinor:
        platformMin === undefined
          ? null
          : payoutThreshold(platformMin, [programMin.get(`${b.organizationId}:${b.currency}`) ?? 0]),
    };
  });
}
