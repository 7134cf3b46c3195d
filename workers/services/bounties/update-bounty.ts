import { eq } from 'drizzle-orm';
import { bounties } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { type BountyRow, selectBountyRows } from './bounty-rows';
import { assertBountyValid, type BountySettings } from './bounty-settings';
import { findBountyOrThrow } from './find-bounty';

/** What may change once a bounty exists: not its program or kind, which its submissions and winners answered. */
export type BountyChanges = Partial<Omit<BountySettings, 'programId' | 'kind'>>;

/**
 * Changes a bounty from now on; winners stay winners and keep the bonus they were booked. The row is
 * locked, as an award locks it, so the winners' count it checks cannot move meanwhile. Audited.
 */
export function updateBounty({
  ctx,
  input,
}: ServiceCall<{ bountyId: string; changes: BountyChanges }>): Promise<BountyRow> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    const before = await findBountyOrThrow({
      ctx: tx,
      input: { organizationId, bountyId: input.bountyId, lock: true },
    });
    const next = { ...before, ...input.changes };
    await assertBountyValid({ ctx: tx, input: { organizationId, settings: next, bountyId: before.id } });
    const [row] = await tx.db
      .update(bounties)
      .set({ ...input.changes, updatedAt: tx.now })
      .where(eq(bounties.id, before.id))
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'bounty.updated', targetType: 'bounty', targetId: before.id, before, after: row },
    });
    const [shown] = await selectBountyRows({ ctx: tx, input: { where: eq(bounties.id, row!.id) } });
    return shown!;
  });
}
