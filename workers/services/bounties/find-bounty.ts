import { and, eq } from 'drizzle-orm';
import { type Bounty, bounties } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** A bounty of `organizationId`; not_found for another advertiser's. `lock` takes its row lock (the winners' slots). */
export async function findBountyOrThrow({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; bountyId: string; lock?: boolean }>): Promise<Bounty> {
  const query = ctx.db
    .select()
    .from(bounties)
    .where(and(eq(bounties.id, input.bountyId), eq(bounties.organizationId, input.organizationId)));
  const [row] = input.lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('bounty', input.bountyId);
  return row;
}
