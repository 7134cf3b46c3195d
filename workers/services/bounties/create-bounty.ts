import { eq } from 'drizzle-orm';
import { bounties } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { recordAudit } from '../audit';
import { type BountyRow, selectBountyRows } from './bounty-rows';
import { assertBountyValid, type BountySettings } from './bounty-settings';

/** Sets a program's affiliates a bounty. Audited. */
export function createBounty({ ctx, input }: ServiceCall<{ settings: BountySettings }>): Promise<BountyRow> {
  const { organizationId } = actingAdvertiser(ctx);
  return inTransaction(ctx, async (tx) => {
    await assertBountyValid({ ctx: tx, input: { organizationId, settings: input.settings } });
    const [row] = await tx.db
      .insert(bounties)
      .values({ ...input.settings, organizationId })
      .returning();
    await recordAudit({
      ctx: tx,
      input: { action: 'bounty.created', targetType: 'bounty', targetId: row!.id, after: row },
    });
    const [shown] = await selectBountyRows({ ctx: tx, input: { where: eq(bounties.id, row!.id) } });
    return shown!;
  });
}
