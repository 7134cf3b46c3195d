import { eq } from 'drizzle-orm';
import { orgPaypalAccounts } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';
import { recordAudit } from '../audit';
import { actingAdvertiser } from '../access';
import { assertNoPayoutsInFlight } from './payouts-in-flight';

/** Removes the organization's PayPal app; its payouts fall back to the deployment's account, if any. Audited. */
export async function disconnectOrgPaypalAccount({ ctx }: ServiceCall<void>): Promise<void> {
  const organizationId = actingAdvertiser(ctx).organizationId;
  await assertNoPayoutsInFlight({ ctx, input: { organizationId } });
  await inTransaction(ctx, async (tx) => {
    const [removed] = await tx.db
      .delete(orgPaypalAccounts)
      .where(eq(orgPaypalAccounts.organizationId, organizationId))
      .returning();
    if (!removed) throw new NotFoundError('PayPal connection');
    await recordAudit({
      ctx: tx,
      input: {
        action: 'org_paypal.disconnected',
        targetType: 'organization',
        targetId: organizationId,
        before: { mode: removed.mode, clientId: removed.clientId, webhookId: removed.webhookId },
        after: null,
      },
    });
  });
}
