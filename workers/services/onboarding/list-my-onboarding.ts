import { and, asc, eq, sql } from 'drizzle-orm';
import { creatives, enrollments, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { type PathProgress, pathProgress, stepsWithNothing } from '../../domain/onboarding-path';
import { affiliateScope } from '../access';
import { pathOf } from './program-path';
import { readReachedSteps } from './reached-steps';

export interface MyOnboarding extends PathProgress {
  enrollmentId: string;
  programId: string;
  programName: string;
}

/**
 * The affiliate's place on the onboarding path of each program it is active in with the selected
 * advertiser (or of one program). One read of the enrollments and one of the facts for all of them, so
 * the home stays quick for an affiliate in many programs.
 */
export async function listMyOnboarding({
  ctx,
  input,
}: ServiceCall<{ programId?: string | undefined }>): Promise<MyOnboarding[]> {
  const { organizationId, affiliateId } = affiliateScope(ctx);
  const rows = await ctx.db
    .select({
      enrollmentId: enrollments.id,
      programId: programs.id,
      programName: programs.name,
      stored: programs.onboardingPath,
      brief: programs.onboardingBrief,
      goals: programs.goals,
      creatives: sql<number>`(SELECT count(*)::int FROM ${creatives} WHERE ${creatives.programId} = ${programs.id})`,
    })
    .from(enrollments)
    .innerJoin(programs, eq(programs.id, enrollments.programId))
    .where(
      and(
        eq(enrollments.affiliateId, affiliateId),
        eq(enrollments.organizationId, organizationId),
        eq(enrollments.status, 'active'),
        input.programId ? eq(enrollments.programId, input.programId) : undefined,
      ),
    )
    .orderBy(asc(programs.name), asc(programs.id));
  const reached = await readReachedSteps({ ctx, input: { enrollmentIds: rows.map((r) => r.enrollmentId) } });
  return rows.map((r) => ({
    enrollmentId: r.enrollmentId,
    programId: r.programId,
    programName: r.programName,
    ...pathProgress(pathOf(r.stored), reached.get(r.enrollmentId) ?? new Map(), stepsWithNothing(r)),
  }));
}
