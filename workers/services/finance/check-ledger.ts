import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { commissions } from '../../../schema';
import type { ServiceCall } from '../../context';
import { sumToMinor } from '../../domain/balance';
import { LIVE_COMMISSION_STATUSES } from '../../domain/commission-status';
import { compareBalanceTotals, type Discrepancy } from '../../domain/ledger';
import { listBalances } from './balances';
import { runLineChecks } from './ledger-checks';

export interface LedgerCheck {
  ok: boolean;
  checkedLines: number;
  discrepancies: Discrepancy[];
}

/**
 * Verifies the money invariants (for one advertiser, or all): every live line counted in exactly
 * one balance bucket; in-payout lines in one open payout item, paid lines in a successful one;
 * every open or paid item worth exactly its lines; no pending/approved, rejected or reversed line
 * in an open item; no rejected or reversed conversion still paying unless adjustments offset it;
 * every opening balance recorded by an import item and every bounty line named by its bounty award.
 * Read-only: it reports, people decide.
 */
export async function checkLedger({
  ctx,
  input,
}: ServiceCall<{ organizationId?: string | undefined }>): Promise<LedgerCheck> {
  const scope = input.organizationId ? eq(commissions.organizationId, input.organizationId) : undefined;
  const [checked] = await ctx.db.select({ lines: count() }).from(commissions).where(scope);
  const live = await ctx.db
    .select({
      organizationId: commissions.organizationId,
      affiliateId: commissions.beneficiaryId,
      currency: commissions.currency,
      liveMinor: sql<string>`sum(${commissions.amountMinor})`,
    })
    .from(commissions)
    .where(and(inArray(commissions.status, [...LIVE_COMMISSION_STATUSES]), scope))
    .groupBy(commissions.organizationId, commissions.beneficiaryId, commissions.currency);
  const balances = await listBalances({
    ctx,
    input: input.organizationId ? { organizationId: input.organizationId } : {},
  });
  const discrepancies = [
    ...compareBalanceTotals(
      live.map((r) => ({ ...r, liveMinor: sumToMinor(r.liveMinor) })),
      balances,
    ),
    ...(await runLineChecks({ ctx, input: { organizationId: input.organizationId } })),
  ];
  return { ok: discrepancies.length === 0, checkedLines: checked?.lines ?? 0, discrepancies };
}
