import { and, eq, gt, sql } from 'drizzle-orm';
import { commissions } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actorId } from '../access';

export interface LevelEarnings {
  level: number;
  currency: string;
  /** Held: pending or disputed. */
  pendingMinor: number;
  /** Payable or on its way: approved or in a payout. */
  approvedMinor: number;
  paidMinor: number;
  /** Taken back: reversed, or rejected with its conversion. */
  reversedMinor: number;
}

const sumWhere = (statuses: string[]) =>
  sql<string>`coalesce(sum(${commissions.amountMinor}) filter (where ${commissions.status} in (${sql.join(
    statuses.map((s) => sql`${s}`),
    sql`, `,
  )})), 0)`;

/**
 * What the signed-in affiliate earned as an upline (levels 1–3), per level and currency, by status,
 * across every advertiser. Adjustment lines count where they sit, so each figure is net.
 */
export async function listMyLevelEarnings({ ctx }: ServiceCall<void>): Promise<LevelEarnings[]> {
  const rows = await ctx.db
    .select({
      level: commissions.level,
      currency: commissions.currency,
      pending: sumWhere(['pending', 'disputed']),
      approved: sumWhere(['approved', 'in_payout']),
      paid: sumWhere(['paid']),
      reversed: sumWhere(['reversed', 'rejected']),
    })
    .from(commissions)
    .where(and(eq(commissions.beneficiaryId, actorId(ctx)), gt(commissions.level, 0)))
    .groupBy(commissions.level, commissions.currency)
    .orderBy(commissions.level, commissions.currency);
  return rows.map((r) => ({
    level: r.level,
    currency: r.currency,
    pendingMinor: Number(r.pending),
    approvedMinor: Number(r.approved),
    paidMinor: Number(r.paid),
    reversedMinor: Number(r.reversed),
  }));
}
