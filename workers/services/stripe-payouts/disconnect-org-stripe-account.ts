import { eq } from 'drizzle-orm';
import { orgStripeAccounts } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { assertNoStripePayoutsInFlight } from './stripe-payouts-in-flight';

/** Removes the organization's Stripe key; its Stripe payouts fall back to the deployment's account, if any. Audited. */
export async function disconnectOrgStripeAccount({ ctx }: ServiceCall<void>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await assertNoStripePayoutsInFlight({ ctx, input: { organizationId } });
  await inTransaction(ctx, async (tx) => {
    const [removed] = await tx.db
      .delete(orgStripeAccounts)
      .where(eq(orgStripeAccounts.organizationId, organizationId))
      .returning();
    if (!removed) throw new NotFoundError('Stripe connection');
    await recordAudit({
      ctx: tx,
      input: {
        action: 'org_stripe.disconnected',
        targetType: 'organization',
        targetId: organizationId,
        before: { stripeAccountId: removed.stripeAccountId, secretKeyLast4: removed.secretKeyLast4 },
        after: null,
      },
    });
  });
}
