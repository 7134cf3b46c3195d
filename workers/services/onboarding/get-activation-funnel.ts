import { and, asc, eq, gte, isNotNull } from 'drizzle-orm';
import { enrollments } from '../../../schema';
import type { ServiceCall } from '../../context';
import { activationFunnel, type FunnelCohort } from '../../domain/activation-funnel';
import type { OnboardingStep } from '../../domain/onboarding-path';
import { actingAdvertiser } from '../access';
import { findProgramPathOrThrow } from './program-path';
import { readReachedSteps } from './reached-steps';

export interface ActivationFunnel {
  /** The path's steps switched on, in order: the funnel's columns. */
  steps: OnboardingStep[];
  /** The first day counted: the first of the month `months - 1` months ago, UTC. */
  from: Date;
  cohorts: FunnelCohort[];
  total: FunnelCohort;
}

/** The first instant of the UTC month `back` months before `now`'s. */
const monthStart = (now: Date, back: number) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));

/**
 * The program's activation funnel over the affiliates approved in the last `months` calendar months (this one
 * included), by the month they were approved: how many reached each step switched on, the share of the step
 * before, and the median time from approval. Affiliates who left since still count: the funnel is about
 * how they started.
 */
export async function getActivationFunnel({
  ctx,
  input,
}: ServiceCall<{ programId: string; months: number }>): Promise<ActivationFunnel> {
  const program = await findProgramPathOrThrow({
    ctx,
    input: { organizationId: actingAdvertiser(ctx).organizationId, programId: input.programId },
  });
  const from = monthStart(ctx.now, input.months - 1);
  const joined = await ctx.db
    .select({ id: enrollments.id, approvedAt: enrollments.approvedAt })
    .from(enrollments)
    .where(
      and(eq(enrollments.programId, program.id), isNotNull(enrollments.approvedAt), gte(enrollments.approvedAt, from)),
    )
    .orderBy(asc(enrollments.approvedAt));
  const reached = await readReachedSteps({ ctx, input: { enrollmentIds: joined.map((e) => e.id) } });
  const steps = program.steps.filter((s) => s.enabled);
  const funnel = activationFunnel(
    joined.map((e) => ({ joinedAt: e.approvedAt!, reached: reached.get(e.id) ?? new Map() })),
    steps.map((s) => s.id),
  );
  return { steps, from, ...funnel };
}
