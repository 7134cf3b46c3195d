import { and, eq } from 'drizzle-orm';
import { bounties } from '../../../schema';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';
import { type BountyRow, selectBountyRows } from './bounty-rows';

/** The advertiser's bounties (of one program, if asked), newest first, at most 500. Any member may read them. */
export function listBounties({ ctx, input }: ServiceCall<{ programId?: string | undefined }>): Promise<BountyRow[]> {
  const { organizationId } = actingAdvertiser(ctx);
  const where = and(
    eq(bounties.organizationId, organizationId),
    input.programId ? eq(bounties.programId, input.programId) : undefined,
  );
  return selectBountyRows({ ctx, input: { where } });
}
