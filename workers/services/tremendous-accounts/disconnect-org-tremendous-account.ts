import { and, eq, inArray, sql } from 'drizzle-orm';
import { orgTremendousAccounts, payoutBatches, payoutItems } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';

/**
 * Removes the organization's Tremendous key; gift cards fall back to the deployment's account, if any, else the rail
 * is off. Refused (409 tremendous_payouts_in_flight) while gift-card orders it placed are still open: polling and
 * webhook checks of those need the key that placed them. Audited.
 */
export async function disconnectOrgTremendousAccount({ ctx }: ServiceCall<void>): Promise<void> {
  const { organizationId } = actingAdvertiser(ctx);
  await inTransaction(ctx, async (tx) => {
    const [open] = await tx.db
      .select({ n: sql<number>`count(*)::int` })
      .from(payoutItems)
      .innerJoin(payoutBatches, eq(payoutBatches.id, payoutItems.batchId))
      .where(
        and(
          eq(payoutItems.organizationId, organizationId),
          eq(payoutItems.rail, 'tremendous'),
          eq(payoutItems.status, 'pending'),
          inArray(payoutBatches.status, ['sending', 'sent']),
        ),
      );
    if ((open?.n ?? 0) > 0)
      throw new AppError(
        'tremendous_payouts_in_flight',
        'Gift cards ordered with this Tremendous key are still open; disconnect it once they are settled',
        { openItems: open!.n },
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
