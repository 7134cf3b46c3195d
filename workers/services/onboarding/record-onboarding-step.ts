import { eq, sql } from 'drizzle-orm';
import { onboardingProgress, programs } from '../../../schema';
import type { ServiceCall } from '../../context';
import { isEnrollmentActive } from '../../domain/enrollment-status';
import { isViewed } from '../../domain/onboarding-path';
import { AppError, NotFoundError } from '../../errors/app-error';
import { findMyEnrollmentOrThrow } from '../enrollments';
import { pathOf } from './program-path';

/**
 * Records that the affiliate opened the brief or the creatives, or ticked one of the advertiser's own steps,
 * of a program it is active in. The first time stays: a second view or tick changes nothing. A step the path
 * does not have (or has switched off) is not_found; link, click and conversion tick themselves.
 */
export async function recordOnboardingStep({
  ctx,
  input,
}: ServiceCall<{ programId: string; stepId: string }>): Promise<{ stepId: string; reachedAt: Date }> {
  const enrollment = await findMyEnrollmentOrThrow({ ctx, input: { programId: input.programId } });
  if (!isEnrollmentActive(enrollment.status)) throw new NotFoundError('program', input.programId);
  const [program] = await ctx.db
    .select({ stored: programs.onboardingPath })
    .from(programs)
    .where(eq(programs.id, enrollment.programId));
  const step = pathOf(program?.stored ?? null).find((s) => s.id === input.stepId && s.enabled);
  if (!step) throw new NotFoundError('onboarding step', input.stepId);
  if (step.kind !== 'custom' && !isViewed(step.kind))
    throw new AppError('onboarding_step_automatic', `The ${step.kind} step ticks itself from what you do`);
  // DO UPDATE with the same value, so the row (the first time) comes back either way.
  const [row] = await ctx.db
    .insert(onboardingProgress)
    .values({
      enrollmentId: enrollment.id,
      programId: enrollment.programId,
      organizationId: enrollment.organizationId,
      stepId: step.id,
      reachedAt: ctx.now,
    })
    .onConflictDoUpdate({
      target: [onboardingProgress.enrollmentId, onboardingProgress.stepId],
      set: { reachedAt: sql`${onboardingProgress.reachedAt}` },
    })
    .returning({ reachedAt: onboardingProgress.reachedAt });
  return { stepId: step.id, reachedAt: row!.reachedAt };
}
