import { and, eq, inArray, isNull, max } from 'drizzle-orm';
import { commissions, payoutItemCommissions, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { payoutThreshold } from '../../domain/payout-plan';
import { actorId } from '../tenant-scope';
import { type Balance, listBalances } from './balances';

export interface MyBalance extends Balance {
  /** What the next payout needs at least: the platform minimum or the highest of its lines' program minimums. */
  payoutMinimumMinor: number;
}

/** The signed-in affiliate's balances with every advertiser, per currency, with the minimum each must reach. */
export async function listMyBalances({
  ctx,
  input,
}: ServiceCall<{ currency?: string | undefined }>): Promise<MyBalance[]> {
  const affiliateId = actorId(ctx);
  const balances = await listBalances({
    ctx,
    input: { affiliateId, ...(input.currency ? { currency: input.currency } : {}) },
  });
  if (balances.length === 0) return [];
  // The lines a next payout would carry (approved, or still on hold) decide its minimum, as the proposal does.
  const minimums = await ctx.db
    .select({
      organizationId: commissions.organizationId,
      currency: commissions.currency,
      programMinMinor: max(programs.payoutMinMinor),
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
  return balances.map((b) => ({
    ...b,
    payoutMinimumMinor: payoutThreshold(ctx.config.PAYOUT_MIN_MINOR, [
      programMin.get(`${b.organizationId}:${b.currency}`) ?? 0,
    ]),
  }));
}
