import { and, asc, desc, eq } from 'drizzle-orm';
import { type BountySubmission, bounties, bountySubmissions, programs, users } from '../../../schema';
import type { BountySubmissionStatus } from '../../../schema/enums';
import type { ServiceCall } from '../../context';
import { actingAdvertiser } from '../access';

export interface BountySubmissionRow {
  submission: BountySubmission;
  bountyName: string;
  programName: string;
  affiliateEmail: string;
  affiliateName: string | null;
}

/**
 * The advertiser's bounty submissions: the review queue (pending, oldest first, the order they came
 * in) or the decided ones (newest first), optionally of one bounty or of one program's. At most `limit`.
 */
export async function listBountySubmissions({
  ctx,
  input,
}: ServiceCall<{
  status: BountySubmissionStatus;
  bountyId?: string | undefined;
  programId?: string | undefined;
  limit: number;
}>): Promise<BountySubmissionRow[]> {
  const { organizationId } = actingAdvertiser(ctx);
  const rows = await ctx.db
    .select({
      submission: bountySubmissions,
      bountyName: bounties.name,
      programName: programs.name,
      affiliateEmail: users.email,
      firstName: users.firstName,
      lastName: users.lastName,
    })
    .from(bountySubmissions)
    .innerJoin(bounties, eq(bounties.id, bountySubmissions.bountyId))
    .innerJoin(programs, eq(programs.id, bounties.programId))
    .innerJoin(users, eq(users.id, bountySubmissions.affiliateId))
    .where(
      and(
        eq(bountySubmissions.organizationId, organizationId),
        eq(bountySubmissions.status, input.status),
        input.bountyId ? eq(bountySubmissions.bountyId, input.bountyId) : undefined,
        input.programId ? eq(bounties.programId, input.programId) : undefined,
      ),
    )
    .orderBy(
      input.status === 'pending' ? asc(bountySubmissions.createdAt) : desc(bountySubmissions.createdAt),
      asc(bountySubmissions.id),
    )
    .limit(input.limit);
  return rows.map(({ firstName, lastName, ...r }) => ({
    ...r,
    affiliateName: [firstName, lastName].filter(Boolean).join(' ') || null,
  }));
}
