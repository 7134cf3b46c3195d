import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import { commissions, payoutItemCommissions } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { DeletionBlocker } from '../../domain/account-deletion';
import { canChangeCommissionStatus, UNPAID_COMMISSION_STATUSES } from '../../domain/commission-status';

export interface Forfeited {
  organizationId: string;
  currency: string;
  amountMinor: number;
  lines: number;
}

export const FORFEIT_REASON = 'forfeited by the affiliate when deleting the account';

/**
 * Gives up the unpaid balances the user chose to forfeit, inside the deletion's transaction (its
 * lines are already locked). As for a sale refunded before payout, unpaid lines are voided rather
 * than offset: every pending and approved line of that balance, adjustments included, becomes
 * reversed, so hold and approved both end at exactly 0 and no dead offset sits in future proposals.
 */
export async function forfeitBalances({
  ctx,
  input: { userId, blockers },
}: ServiceCall<{ userId: string; blockers: DeletionBlocker[] }>): Promise<Forfeited[]> {
  const voidable = UNPAID_COMMISSION_STATUSES.filter((s) => canChangeCommissionStatus(s, 'reversed'));
  const forfeited: Forfeited[] = [];
  for (const b of blockers) {
    if (b.code !== 'unpaid_balance') continue;
    const rows = await ctx.db
      .update(commissions)
      .set({ status: 'reversed', reversedAt: ctx.now, reason: FORFEIT_REASON })
      .where(
        and(
          eq(commissions.beneficiaryId, userId),
          eq(commissions.organizationId, b.organizationId),
          eq(commissions.currency, b.currency),
          inArray(commissions.status, voidable),
          // Approved lines still linked to a payout item are that payout's (as in the balance query).
          notExists(
            ctx.db
              .select({ one: sql`1` })
              .from(payoutItemCommissions)
              .where(eq(payoutItemCommissions.commissionId, commissions.id)),
          ),
        ),
      )
      .returning({ amountMinor: commissions.amountMinor });
    const amountMinor = rows.reduce((sum, r) => sum + r.amountMinor, 0);
    forfeited.push({ organizationId: b.organizationId, currency: b.currency, amountMinor, lines: rows.length });
  }
  return forfeited;
}
