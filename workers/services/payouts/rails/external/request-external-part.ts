import { and, asc, eq, inArray } from 'drizzle-orm';
import { memberships, payoutBatchParts, payoutItems, type PayoutBatchPart, users } from '../../../../../schema';
import type { ServiceCall } from '../../../../context';
import { formatMinorUnits } from '../../../../domain/format-minor-units';
import { enqueueNotifications, type NotificationRequest } from '../../../notifications';
import type { PartOutcome } from '../rail';

/** The event type an advertiser's webhook endpoint reads in `data.type`. */
export const EXTERNAL_REQUESTED = 'payout.external_requested';

/**
 * "Sends" one external part: asks the advertiser to pay each pending item in its own system. Every owner and
 * finance member is notified and the organization's webhook endpoints subscribed to `payout` receive one
 * signed `payout.external_requested` event per item (what to pay, to whom, and where to confirm). The items
 * stay pending (awaiting external confirmation) until the advertiser confirms or fails each through the API.
 * Safe to repeat: the event's content and dedupe keys are fixed by the item, so a re-send after a crash
 * delivers each request once.
 */
export async function requestExternalPart({
  ctx,
  input,
}: ServiceCall<{ part: PayoutBatchPart; currency: string; organizationId: string }>): Promise<PartOutcome> {
  const { part, organizationId } = input;
  const items = await ctx.db
    .select({
      id: payoutItems.id,
      affiliateId: payoutItems.affiliateId,
      amountMinor: payoutItems.amountMinor,
      currency: payoutItems.currency,
      email: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(payoutItems)
    .innerJoin(users, eq(users.id, payoutItems.affiliateId))
    .where(
      and(eq(payoutItems.batchId, part.batchId), eq(payoutItems.part, part.part), eq(payoutItems.status, 'pending')),
    )
    .orderBy(asc(payoutItems.id));
  const staff = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), inArray(memberships.role, ['owner', 'finance'])));
  const requests: NotificationRequest[] = items.flatMap((item) => {
    const amount = `${formatMinorUnits(item.amountMinor, item.currency)} ${item.currency}`;
    const name = [item.firstName, item.lastName].filter(Boolean).join(' ') || item.email;
    return staff.map(({ userId }) => ({
      v: 1 as const,
      userId,
      organizationId,
      event: 'payout' as const,
      title: `Pay ${amount} to ${name}`.slice(0, 200),
      body: `Pay ${amount} to ${name} (${item.email}) in your own system, then confirm or fail the payout item in the payout batch.`,
      // The same for every recipient: the organization's endpoints hear it once (their key is the content).
      data: {
        type: EXTERNAL_REQUESTED,
        payoutItemId: item.id,
        batchId: part.batchId,
        affiliateId: item.affiliateId,
        affiliateEmail: item.email,
        affiliateName: name,
        amountMinor: item.amountMinor,
        currency: item.currency,
        confirmPath: `/api/orgs/${organizationId}/payouts/${part.batchId}/items/${item.id}/external-result`,
      },
      dedupeKey: `${EXTERNAL_REQUESTED}:${item.id}:${userId}`,
    }));
  });
  if (requests.length > 0) await enqueueNotifications({ ctx, input: { requests } });
  const [done] = await ctx.db
    .update(payoutBatchParts)
    .set({ status: 'sent', sentAt: ctx.now, lastError: null, updatedAt: ctx.now })
    .where(and(eq(payoutBatchParts.id, part.id), eq(payoutBatchParts.status, 'sending')))
    .returning({ id: payoutBatchParts.id });
  return done ? 'sent' : 'unsure';
}
