import { z } from 'zod';
import type { ServiceCall } from '../../context';

export const attributionRetryMessage = z.object({ v: z.literal(1), conversionId: z.uuid() }).strict();
export type AttributionRetryMessage = z.infer<typeof attributionRetryMessage>;

/** Delay before asking again: 15 s, 30 s, 1 min … capped at 10 min (a click usually lands within seconds). */
export function attributionRetryDelaySeconds(attempts: number): number {
  return Math.min(600, 15 * 2 ** Math.max(0, attempts));
}

/** Asks the conversions queue to try the attribution again later. A failed send is only logged: the sweep cron catches it. */
export async function scheduleAttributionRetry({
  ctx,
  input: { conversionId, attempts },
}: ServiceCall<{ conversionId: string; attempts: number }>): Promise<void> {
  const body: AttributionRetryMessage = { v: 1, conversionId };
  try {
    await ctx.config.CONVERSIONS.send(body, {
      contentType: 'json',
      delaySeconds: attributionRetryDelaySeconds(attempts),
    });
  } catch (err) {
    ctx.log.error('attribution_retry_enqueue_failed', {
      conversionId,
      error: String(err),
    });
  }
}
