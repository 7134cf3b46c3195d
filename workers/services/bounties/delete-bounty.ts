import { eq } from 'drizzle-orm';
import { bounties, bountyAwards, bountySubmissions } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { AppError } from '../../errors/app-error';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { findBountyOrThrow } from './find-bounty';

/**
 * Deletes a bounty nobody answered yet. One with submissions or winners is history that affiliates
 * and the ledger point at: 409 bounty_in_use (end it by moving its end date instead). Audited.
 */
export function deleteBounty({ ctx, input }: ServiceCall<{ bountyId: string }>): Promise<void> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await findBountyOrThrow({
      ctx: tx,
      input: { organizationId, bountyId: input.bountyId, lock: true },
    });
    const [submitted] = await tx.db
      .select({ id: bountySubmissions.id })
      .from(bountySubmissions)
      .where(eq(bountySubmissions.bountyId, before.id))
      .limit(1);
    const [won] = await tx.db
      .select({ id: bountyAwards.id })
      .from(bountyAwards)
      .where(eq(bountyAwards.bountyId, before.id))
      .limit(1);
    if (submitted || won)
      throw new AppError('bounty_in_use', 'Affiliates answered this bounty: end it instead of deleting it');
    await tx.db.delete(bounties).where(eq(bounties.id, before.id));
    await recordAudit({
      ctx: tx,
      input: { action: 'bounty.deleted', targetType: 'bounty', targetId: before.id, before },
    });
  });
}
