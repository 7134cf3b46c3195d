import type { ServiceContext } from '../context';
import { pollPayoutResults, proposePayouts, resumePayoutSends } from '../services/payouts';

/**
 * The daily proposal, by each program's payout schedule (daily, monthly, threshold; manual ones wait for
 * finance); an advertiser whose proposal failed fails the run, so it shows in Cron history.
 */
export async function proposePayoutsJob(ctx: ServiceContext) {
  const result = await proposePayouts({ ctx, input: { scheduled: true } });
  if (result.failed.length > 0)
    throw new Error(
      `payout proposal failed for ${result.failed.map((f) => `${f.organizationId}/${f.currency}`).join(', ')}`,
    );
  return {
    batches: result.batches.length,
    items: result.batches.reduce((n, b) => n + b.itemsAdded, 0),
    autoApproved: result.batches.filter((b) => b.autoApproved).length,
  };
}

/** Parts stuck in 'sending' (crash, PayPal unsure) re-sent with their own sender_batch_id. */
export const resumePayoutSendsJob = (ctx: ServiceContext) =>
  resumePayoutSends({ ctx, input: { limit: 10 } }).then((r) => ({ batches: r.batches }));

/** Item results of sent parts, 50 parts a run (least recently polled first). */
export async function pollPayoutResultsJob(ctx: ServiceContext) {
  const result = await pollPayoutResults({ ctx, input: { limit: 50 } });
  if (result.failed > 0) throw new Error(`polling failed for ${result.failed} of ${result.parts} payout parts`);
  return result;
}
