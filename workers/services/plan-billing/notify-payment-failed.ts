import { and, eq } from 'drizzle-orm';
import { memberships } from '../../../schema';
import type { OrgSubscription } from '../../../schema';
import type { ServiceCall } from '../../context';
import { enqueueNotifications } from '../notifications';

/** Tells the organization's owners a payment failed and until when the plan is kept; once per grace period. */
export async function notifyPaymentFailed({ ctx, input: sub }: ServiceCall<OrgSubscription>): Promise<void> {
  if (!sub.graceUntil) return;
  const owners = await ctx.db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, sub.organizationId), eq(memberships.role, 'owner')));
  const until = sub.graceUntil.toISOString();
  await enqueueNotifications({
    ctx,
    input: {
      requests: owners.map((o) => ({
        v: 1 as const,
        userId: o.userId,
        organizationId: sub.organizationId,
        event: 'billing_payment_failed' as const,
        title: 'Your plan payment failed',
        body: `Stripe could not collect the payment for your plan. Update your card in Billing before ${until.slice(0, 10)}; after that the organization moves to the lowest plan (your data is kept).`,
        data: { graceUntil: until, subscriptionId: sub.stripeSubscriptionId },
        dedupeKey: `billing_payment_failed:${sub.organizationId}:${until}`,
      })),
    },
  });
}
