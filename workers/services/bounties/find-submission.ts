import { and, eq } from 'drizzle-orm';
import { type BountySubmission, bountySubmissions } from '../../../schema';
import type { ServiceCall } from '../../context';
import { NotFoundError } from '../../errors/app-error';

/** A submission to one of `organizationId`'s bounties, locked for its decision; not_found for another advertiser's. */
export async function findSubmissionForReview({
  ctx,
  input,
}: ServiceCall<{ organizationId: string; submissionId: string }>): Promise<BountySubmission> {
  const [row] = await ctx.db
    .select()
    .from(bountySubmissions)
    .where(
      and(eq(bountySubmissions.id, input.submissionId), eq(bountySubmissions.organizationId, input.organizationId)),
    )
    .for('update');
  if (!row) throw new NotFoundError('bounty submission', input.submissionId);
  return row;
}
