import { and, eq, inArray, sql } from 'drizzle-orm';
import { memberships, payoutBatchParts, payoutItems } from '../../../../../schema';
import { inTransaction, type ServiceCall, type ServiceContext } from '../../../../context';
import { enqueueNotifications, type NotificationRequest } from '../../../notifications';
import { fundingFailureSentence } from '../../../../domain/paypal-failure-text';
import { payoutNotification } from '../../payout-notification';
import { releaseItemLines } from '../../release-item-lines';
import { refreshConversionStats } from '../../../stats';

/** PayPal's error names that mean the sender's PayPal balance cannot fund the payout. */
const FUNDING_ERRORS = new Set(['INSUFFICIENT_FUNDS', 'SENDER_BALANCE_INSUFFICIENT']);

/** The advertiser's owners and finance members hear that its PayPal balance ran short (low_balance). */
async function fundingWarnings(
  ctx: ServiceContext,
  part: { id: string; batchId: string },
  organizationId: string,
  errorCode: string,
): Promise<NotificationRequest[]> {
  const staff = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.role, ['owner', 'finance'])));
  return staff.map(({ userId }) => ({
    v: 1 as const,
    userId,
    organizationId,
    event: 'low_balance' as const,
    title: 'Payouts could not be funded',
    body: fundingFailureSentence('en'),
    data: { kind: 'payout_funding', batchId: part.batchId, partId: part.id, errorCode },
    dedupeKey: `low_balance:funding:${part.id}`,
  }));
}

/**
 * PayPal refused a part outright (a 4xx such as a validation error or insufficient funds, or a
 * batch it DENIED after accepting it): no money moved, so its items still pending fail and their
 * lines return to the balance in one transaction. After the commit, each affiliate hears the
 * payout failed, and when the refusal is for funds the advertiser's owners and finance members too.
 */
export async function failPayoutPart({
  ctx,
  input,
}: ServiceCall<{
  part: { id: string; batchId: string; part: number };
  reason: string;
  from?: 'sending' | 'sent';
  opts?: { paypalError?: string | null };
}>): Promise<void> {
  const { part, reason, from = 'sending', opts = {} } = input;
  const notifications = await inTransaction(ctx, async (tx) => {
    const [failed] = await tx.db
      .update(payoutBatchParts)
      .set({ status: 'failed', lastError: reason, updatedAt: ctx.now })
      .where(and(eq(payoutBatchParts.id, part.id), eq(payoutBatchParts.status, from)))
      .returning();
    if (!failed) return [];
    const items = sql`SELECT id FROM affiliate.payout_items WHERE batch_id = ${part.batchId} AND part = ${part.part} AND status = 'pending'`;
    const released = await releaseItemLines({ ctx: tx, input: { items, from: 'in_payout' } });
    const failedItems = await tx.db
      .update(payoutItems)
      .set({
        status: 'failed',
        failureReason: `PayPal refused the payout: ${reason}`.slice(0, 1000),
        failureCode: opts.paypalError?.slice(0, 100) ?? null,
        updatedAt: ctx.now,
      })
      .where(
        and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part), eq(payoutItems.status, 'pending')),
      )
      .returning();
    const notes = failedItems.map((i) => payoutNotification(i, 'failed', { errorCode: opts.paypalError }));
    const organizationId = failedItems[0]?.organizationId;
    if (organizationId && opts.paypalError && FUNDING_ERRORS.has(opts.paypalError))
      notes.push(...(await fundingWarnings(tx, part, organizationId, opts.paypalError)));
    // Last: the refresh's conversion locks are held until the commit, and other conversions' refreshes wait for them.
    await refreshConversionStats({ ctx: tx, input: { commissionIds: released } });
    return notes;
  });
  if (notifications.length > 0) await enqueueNotifications({ ctx, input: { requests: notifications } });
}
