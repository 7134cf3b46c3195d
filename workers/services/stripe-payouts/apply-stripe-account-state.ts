import { eq } from 'drizzle-orm';
import { payoutMethods } from '../../../schema';
import type { ServiceCall } from '../../context';
import type { ConnectedAccount } from '../../integrations/stripe';

/**
 * Writes an Express account's onboarding state (from `account.updated` or a fresh read) onto the
 * payout method that owns it. Idempotent: the same state twice writes the same values. Answers
 * whether a method owns the account.
 */
export async function applyStripeAccountState({
  ctx,
  input,
}: ServiceCall<{ account: ConnectedAccount }>): Promise<boolean> {
  const { account } = input;
  const updated = await ctx.db
    .update(payoutMethods)
    .set({
      stripeDetailsSubmitted: account.details_submitted,
      stripePayoutsEnabled: account.payouts_enabled,
      stripeRequirementsDue: account.requirements?.currently_due ?? [],
      stripeCheckedAt: ctx.now,
      updatedAt: ctx.now,
    })
    .where(eq(payoutMethods.stripeAccountId, account.id))
    .returning({ id: payoutMethods.id });
  return updated.length > 0;
}
