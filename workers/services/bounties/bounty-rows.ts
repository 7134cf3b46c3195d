import { desc, eq, type SQL, sql } from 'drizzle-orm';
import { type Bounty, bounties, programs } from '../../../schema';
import type { ServiceCall } from '../../context';

export interface BountyRow {
  bounty: Bounty;
  programName: string;
  /** Winners so far. */
  winners: number;
  /** Submissions waiting for review. */
  pending: number;
}

/** Bounties matching `where`, newest first, with their program's name, winners and waiting submissions. */
export function selectBountyRows({
  ctx,
  input,
}: ServiceCall<{ where: SQL | undefined; limit?: number }>): Promise<BountyRow[]> {
  return ctx.db
    .select({
      bounty: bounties,
      programName: programs.name,
      winners: sql<number>`(SELECT count(*) FROM affiliate.bounty_awards a WHERE a.bounty_id = ${bounties.id})::int`,
      pending: sql<number>`(SELECT count(*) FROM affiliate.bounty_submissions s
        WHERE s.bounty_id = ${bounties.id} AND s.status = 'pending')::int`,
    })
    .from(bounties)
    .innerJoin(programs, eq(programs.id, bounties.programId))
    .where(input.where)
    .orderBy(desc(bounties.id))
    .limit(input.limit ?? 500);
}
