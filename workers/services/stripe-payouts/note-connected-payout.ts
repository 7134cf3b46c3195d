import { eq } from 'drizzle-orm';
import { payoutMethods } from '../../../schema';
import type { ServiceCall } from '../../context';

/**
 * A connected account's own payout to its bank or card (payout.paid / payout.failed). The money
 * already left the advertiser with the transfer; a failed bank payout stays in the affiliate's
 * Stripe balance until they fix their bank details, so it is recorded on the method (the affiliate
 * and finance see it) and moves nothing in our ledger.
 */
export async function noteConnectedPayout({
  ctx,
  input,
}: ServiceCall<{ account: string; status: 'paid' | 'failed'; failureCode: string | null }>): Promise<boolean> {
  const updated = await ctx.db
    .update(payoutMethods)
    .set({
      stripeLastPayoutStatus: input.status,
      stripeLastPayoutFailure: input.status === 'failed' ? (input.failureCode ?? 'unknown').slice(0, 100) : null,
      stripeCheckedAt: ctx.now,
      updatedAt: ctx.now,
    })
    .where(eq(payoutMethods.stripeAccountId, input.account))
    .returning({ id: payoutMethods.id });
  return updated.length > 0;
}
