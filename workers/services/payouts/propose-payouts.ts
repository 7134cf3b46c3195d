import { and, eq } from 'drizzle-orm';
import { commissions } from '../../../schema';
import type { ServiceCall } from '../../context';
import { proposeCurrencyBatch, type CurrencyProposal } from './propose-currency-batch';

/**
 * The daily proposal (and finance's "propose now"): for each advertiser and currency with
 * approved lines, one transaction that creates or extends its proposed batch. `scheduled` (the cron):
 * only the lines each program's payout schedule makes due (scheduled-lines.ts). One advertiser's
 * failure does not stop the others; the failures are reported and the cron run fails.
 */
export async function proposePayouts({
  ctx,
  input,
}: ServiceCall<{ organizationId?: string | undefined; scheduled?: boolean }>): Promise<{
  batches: CurrencyProposal[];
  failed: { organizationId: string; currency: string; error: string }[];
}> {
  const pairs = await ctx.db
    .selectDistinct({ organizationId: commissions.organizationId, currency: commissions.currency })
    .from(commissions)
    .where(
      and(
        eq(commissions.status, 'approved'),
        input.organizationId ? eq(commissions.organizationId, input.organizationId) : undefined,
      ),
    )
    .orderBy(commissions.organizationId, commissions.currency);
  const batches: CurrencyProposal[] = [];
  const failed: { organizationId: string; currency: string; error: string }[] = [];
  for (const pair of pairs) {
    try {
      const proposal = await proposeCurrencyBatch({ ctx, input: { ...pair, scheduled: input.scheduled ?? false } });
      if (proposal) batches.push(proposal);
    } catch (err) {
      if (input.organizationId) throw err;
      failed.push({ ...pair, error: String(err) });
      ctx.log.error('payout_proposal_failed', { ...pair, error: String(err) });
    }
  }
  return { batches, failed };
}
