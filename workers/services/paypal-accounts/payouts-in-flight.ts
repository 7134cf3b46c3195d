import { and, eq, inArray, sql } from 'drizzle-orm';
import { payoutBatches } from '../../../schema';
import type { ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';

/**
 * Refuses to change which PayPal account pays while the organization has batches PayPal still
 * answers about (sending, or sent with results outstanding): polling, re-sending and webhook
 * verification of those must keep using the account that created them.
 */
export async function assertNoPayoutsInFlight({ ctx, input }: ServiceCall<{ organizationId: string }>): Promise<void> {
  const { organizationId } = input;
  const [row] = await ctx.db
    .select({ n: sql<number>`count(*)::int` })
    .from(payoutBatches)
    .where(and(eq(payoutBatches.organizationId, organizationId), inArray(payoutBatches.status, ['sending', 'sent'])));
  if ((row?.n ?? 0) > 0)
    throw new AppError(
      'paypal_payouts_in_flight',
      'Payouts sent from the current PayPal account are still open; change the account once they are completed',
      { openBatches: row!.n },
    );
}
