import { and, asc, eq, or, sql } from 'drizzle-orm';
import { payoutBatches, payoutBatchParts } from '../../../schema';
import type { PayoutRail } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { PAYOUT_RAILS, payoutRail } from './rails/registry';

/**
 * The polling cron: every sent part (least recently polled first) is read back from its rail
 * (PayPal's batch, or a Stripe part's transfers) and its item results fed to the same settlement
 * as webhooks. Unclaimed items keep their part
 * 'sent', so they are followed until claimed or returned. One part's failure does not stop the rest.
 */
export async function pollPayoutResults({
  ctx,
  input,
}: ServiceCall<{ limit: number }>): Promise<{ parts: number; applied: number; failed: number }> {
  const parts = await ctx.db
    .select({
      id: payoutBatchParts.id,
      batchId: payoutBatchParts.batchId,
      part: payoutBatchParts.part,
      paypalBatchId: payoutBatchParts.paypalBatchId,
      rail: payoutBatchParts.rail,
      organizationId: payoutBatches.organizationId,
    })
    .from(payoutBatchParts)
    .innerJoin(payoutBatches, eq(payoutBatches.id, payoutBatchParts.batchId))
    .where(
      and(
        eq(payoutBatchParts.status, 'sent'),
        or(...Object.values(PAYOUT_RAILS).map((r) => and(eq(payoutBatchParts.rail, r.name), r.pollableWhere))),
      ),
    )
    .orderBy(sql`${payoutBatchParts.lastPolledAt} ASC NULLS FIRST`, asc(payoutBatchParts.id))
    .limit(input.limit);
  let applied = 0;
  let failed = 0;
  // Each organization's parts are read with the account that sent them (resolved once per run and rail).
  const accounts = new Map<string, Promise<unknown>>();
  const accountOf = (rail: PayoutRail, organizationId: string) => {
    const key = `${rail}:${organizationId}`;
    let account = accounts.get(key);
    if (!account) {
      account = payoutRail(rail).resolveAccount({ ctx, input: { organizationId } });
      accounts.set(key, account);
    }
    return account;
  };
  for (const part of parts) {
    try {
      const account = await accountOf(part.rail, part.organizationId);
      if (account) applied += await payoutRail(part.rail).pollPart({ ctx, input: { account, part } });
    } catch (err) {
      failed++;
      ctx.log.error('payout_poll_failed', { partId: part.id, error: String(err) });
    }
  }
  return { parts: parts.length, applied, failed };
}
