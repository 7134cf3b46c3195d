import { sql } from 'drizzle-orm';
import type { ServiceCall } from '../../context';
import { CLICK_WAIT_MS } from './attribute-conversion';
import { retryAttribution } from './retry-attribution';

const LOOK_BACK_MS = 7 * 86_400_000;

/**
 * The safety net under the conversions queue (cron, every minute): unattributed conversions whose
 * click has landed since, or whose wait for it is over, are settled now. It covers a retry message
 * that was lost or dead-lettered and clicks that arrived after a long outage via the spool.
 */
export async function sweepWaitingConversions({
  ctx,
  input,
}: ServiceCall<{ limit: number }>): Promise<{ settled: number; waiting: number }> {
  const result = await ctx.db.execute(sql`
    SELECT c.id FROM affiliate.conversions c
    WHERE c.enrollment_id IS NULL AND c.status = 'pending' AND c.click_id IS NOT NULL
      AND c.event_type IN ('lead', 'sale', 'rebill')
      AND c.received_at > ${new Date(ctx.now.getTime() - LOOK_BACK_MS)}
      AND (
        EXISTS (SELECT 1 FROM affiliate.clicks k WHERE k.id = c.click_id AND k.organization_id = c.organization_id)
        OR (c.attribution_trace -> -1 ->> 'outcome' = 'waiting_for_click' AND c.received_at < ${new Date(ctx.now.getTime() - CLICK_WAIT_MS)})
      )
      AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(c.attribution_trace) s WHERE s ->> 'step' = 'click_id' AND s ->> 'outcome' <> 'waiting_for_click')
    ORDER BY c.received_at
    LIMIT ${input.limit}`);
  let settled = 0;
  let waiting = 0;
  for (const { id } of result.rows as { id: string }[]) {
    const outcome = await retryAttribution({ ctx, input: { conversionId: id } });
    if (outcome === 'settled') settled++;
    else if (outcome === 'waiting') waiting++;
  }
  return { settled, waiting };
}
