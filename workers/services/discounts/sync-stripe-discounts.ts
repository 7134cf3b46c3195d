import type { ServiceCall } from '../../context';
import { claimDueCodes } from './claim-due-codes';
import { markChangedCodes } from './mark-changed-codes';
import { type SyncOutcome, syncOneCode } from './sync-one-code';

/**
 * The every-minute sync of referred customers' discounts to Stripe: marks the codes whose program,
 * group or enrollment changed, then works through the due ones, `limit` at most, one at a time (an
 * app's Stripe account is rate limited, and a row's steps depend on each other).
 */
export async function syncStripeDiscounts({
  ctx,
  input,
}: ServiceCall<{ limit: number }>): Promise<{ marked: number } & Record<SyncOutcome, number>> {
  const marked = await markChangedCodes({ ctx, input: undefined });
  const counts: Record<SyncOutcome, number> = { synced: 0, failed: 0, gone: 0 };
  for (const claimed of await claimDueCodes({ ctx, input: { limit: input.limit } }))
    counts[await syncOneCode({ ctx, input: claimed })] += 1;
  if (marked > 0 || counts.synced + counts.failed > 0) ctx.log.info('stripe_discounts_synced', { marked, ...counts });
  return { marked, ...counts };
}
