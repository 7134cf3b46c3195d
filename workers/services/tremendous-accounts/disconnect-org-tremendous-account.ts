import { eq } from 'drizzle-orm';
import { orgTremendousAccounts } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { openRailItems } from '../open-rail-items';

/**
 * Removes the organization's Tremendous key; gift cards fall back to the deployment's account, if any, else the rail
 * is off. Refused (409 tremendous_payouts_in_flight) while gift-card orders it placed are still open: polling and
 * webhook checks of those need the key that placed them. Audited.
 */
export async function disconnectOrgTremendousAccount({ ctx }: ServiceCall<void>): Promise<void> {
  const { organizationId } = actingAdvertiser(ctx);
  await inTransaction(ctx, async (tx) => {
    const open = await openRailItems({ ctx: tx, input: { organizationId, rail: 'tremendous' } });
    if (open > 0)
      throw new AppError(
        'tremendous_payouts_in_flight',
        'Gift cards ordered with this Tremendous key are still open; disconnect it once they are settled',
        { openItems: open },
      );
    const [removed] = await tx.db
      .delete(orgTremendousAccounts)
      .where(eq(orgTremendousAccounts.organizationId, organizationId))
      .returning();
    if (!removed) throw new NotFoundError('Tremendous connection');
    await recordAudit({
      ctx: tx,
      input: {
        action: 'org_tremendous.disconnected',
        targetType: 'organization',
        targetId: organizationId,
        before: {
          apiKeyLast4: removed.apiKeyLast4,
          webhookKeySet: removed.webhookKeyEncrypted !== null,
          fundingSourceId: removed.fundingSourceId,
          allowBelowMinimum: removed.allowBelowMinimum,
        },
        after: null,
      },
    });
  });
}
