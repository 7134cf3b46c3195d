import { and, eq } from 'drizzle-orm';
import { programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { NotFoundError } from '../../errors/app-error';
import { findMyEnrollmentOrThrow } from '../enrollments';
import { type Leaderboard, readLeaderboard } from './read-leaderboard';

/**
 * The leaderboard of a program the affiliate is active in, in the selected advertiser's context.
 * not_found alike when the program is another advertiser's, the affiliate is not (or no longer) active
 * in it, or the advertiser has not turned a board on: none of these may tell the others apart.
 */
export async function getMyLeaderboard({ ctx, input }: ServiceCall<{ programId: string }>): Promise<Leaderboard> {
  const enrollment = await findMyEnrollmentOrThrow({ ctx, input: { programId: input.programId } });
  if (!isEnrollmentActive(enrollment.status)) throw new NotFoundError('leaderboard', input.programId);
  const [program] = await ctx.db
    .select({ currency: programs.currency, leaderboard: programs.leaderboard })
    .from(programs)
    .where(and(eq(programs.id, enrollment.programId), eq(programs.organizationId, enrollment.organizationId)));
  if (!program?.leaderboard) throw new NotFoundError('leaderboard', input.programId);
  return readLeaderboard({ ctx, input: { enrollment, program: { ...program, leaderboard: program.leaderboard } } });
}
