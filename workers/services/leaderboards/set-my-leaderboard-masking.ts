import { eq } from 'drizzle-orm';
import { enrollments } from '../../../schema';
import type { ServiceCall } from '../../context';
import { findMyEnrollmentOrThrow } from '../enrollments';

/**
 * The affiliate's choice for one program's board: its name, or its mask (A•••a). Its own preference,
 * so it may be set in any status and before the advertiser turns a board on.
 */
export async function setMyLeaderboardMasking({
  ctx,
  input,
}: ServiceCall<{ programId: string; masked: boolean }>): Promise<{ masked: boolean }> {
  const enrollment = await findMyEnrollmentOrThrow({ ctx, input: { programId: input.programId } });
  if (enrollment.leaderboardMasked !== input.masked)
    await ctx.db
      .update(enrollments)
      .set({ leaderboardMasked: input.masked, updatedAt: ctx.now })
      .where(eq(enrollments.id, enrollment.id));
  return { masked: input.masked };
}
