import { eq } from 'drizzle-orm';
import { orgWiseAccounts } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError, NotFoundError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { openRailItems } from '../open-rail-items';

/**
 * Removes the organization's Wise token; bank transfers fall back to the deployment's Wise profile, if any, else
 * the rail is off. Refused (409 wise_payouts_in_flight) while transfers it made are on their way: polling and the
 * webhook read them back with the token that made them. Audited.
 */
export async function disconnectOrgWiseAccount({ ctx }: ServiceCall<void>): Promise<void> {
  const { organizationId } = actingAdvertiser(ctx);
  await inTransaction(ctx, async (tx) => {
    const open = await openRailItems({ ctx: tx, input: { organizationId, rail: 'wise' } });
    if (open > 0)
      throw new AppError(
        'wise_payouts_in_flight',
        'Wise transfers made with this token are still on their way; disconnect it once they are settled',
        { openItems: open },
      );
    const [removed] = await tx.db
      .delete(orgWiseAccounts)
      .where(eq(orgWiseAccounts.organizationId, organizationId))
      .returning();
    if (!removed) throw new NotFoundError('Wise connection');
    await recordAudit({
      ctx: tx,
      input: {
        action: 'org_wise.disconnected',
        targetType: 'organization',
        targetId: organizationId,
        before: {
          apiTokenLast4: removed.apiTokenLast4,
          profileId: removed.profileId,
          profileType: removed.profileType,
          profileName: removed.profileName,
        },
        after: null,
      },
    });
  });
}
