import { and, count, eq, sql } from 'drizzle-orm';
import { type BountySubmission, bountyAwards, bountySubmissions } from '../../../schema';
import { inTransaction, type ServiceCall } from '../../context';
import { isBountyOpen, isInBountyScope, slotsLeft } from '../../domain/bounty-rules';
import { maySubmitAgain } from '../../domain/bounty-submission-status';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { AppError, NotFoundError } from '../../errors/app-error';
import { affiliateScope } from '../access';
import { findBountyOrThrow } from './find-bounty';
import { readMyBountyScope } from './my-bounty-scope';

/**
 * The signed-in affiliate answers a submission bounty with a URL and a note. A bounty outside its
 * scope (another program, group or tag, or an inactive enrollment) is not_found, as one that does not
 * exist. Refused while an earlier submission waits or once one won (409 bounty_already_submitted),
 * outside the bounty's dates or for a performance bounty (409 bounty_not_open), and once every winner
 * is chosen (409 bounty_full). A transaction-scoped lock per bounty and affiliate makes a double click
 * one submission.
 */
export async function submitBounty({
  ctx,
  input,
}: ServiceCall<{ bountyId: string; url: string; note: string }>): Promise<BountySubmission> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  return inTransaction(ctx, async (tx) => {
    const bounty = await findBountyOrThrow({ ctx: tx, input: { organizationId, bountyId: input.bountyId } });
    const { byProgram, tags } = await readMyBountyScope({ ctx: tx, input: { organizationId, affiliateId } });
    const enrollment = byProgram.get(bounty.programId);
    if (
      !enrollment ||
      !isEnrollmentActive(enrollment.status) ||
      !isInBountyScope(bounty, { groupId: enrollment.groupId, tags })
    )
      throw new NotFoundError('bounty', bounty.id);
    if (bounty.kind !== 'submission' || !isBountyOpen(bounty, tx.now))
      throw new AppError('bounty_not_open', 'This bounty takes no submissions now');
    await tx.db.execute(
      sql`SELECT pg_advisory_xact_lock(hashtextextended(${`bounty:${bounty.id}:${affiliateId}`}, 0))`,
    );
    const earlier = await tx.db
      .select({ status: bountySubmissions.status })
      .from(bountySubmissions)
      .where(and(eq(bountySubmissions.bountyId, bounty.id), eq(bountySubmissions.affiliateId, affiliateId)));
    if (!maySubmitAgain(earlier.map((e) => e.status)))
      throw new AppError('bounty_already_submitted', 'Your earlier submission waits for review or has won');
    const [won] = await tx.db.select({ n: count() }).from(bountyAwards).where(eq(bountyAwards.bountyId, bounty.id));
    if (slotsLeft(bounty.maxWinners, won?.n ?? 0) === 0)
      throw new AppError('bounty_full', 'Every winner of this bounty is chosen', { maxWinners: bounty.maxWinners });
    const [row] = await tx.db
      .insert(bountySubmissions)
      .values({
        organizationId,
        bountyId: bounty.id,
        enrollmentId: enrollment.id,
        affiliateId,
        url: input.url,
        note: input.note,
      })
      .returning();
    return row!;
  });
}
